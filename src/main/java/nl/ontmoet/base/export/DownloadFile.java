package nl.ontmoet.base.export;

/** A file made or stored by a service, ready to download: exports, letters, statements, receipts, attachments. */
public record DownloadFile(String fileName, String contentType, byte[] content) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String JSON = "application/json";
}
