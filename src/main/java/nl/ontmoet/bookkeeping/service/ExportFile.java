package nl.ontmoet.bookkeeping.service;

/** A generated export, named after centre and period. */
public record ExportFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
}
