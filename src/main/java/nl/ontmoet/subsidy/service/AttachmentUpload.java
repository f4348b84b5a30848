package nl.ontmoet.subsidy.service;

/** A file as the user uploaded it; its type is checked from the bytes, never from the name. */
public record AttachmentUpload(String fileName, byte[] content) {

    public static final long MAX_BYTES = AttachmentRules.MAX_BYTES;
}
