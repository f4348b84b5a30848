package nl.ontmoet.subsidy.service;

/** A generated letter (beschikking) as a PDF file. */
public record SubsidyLetter(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
