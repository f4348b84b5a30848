package nl.ontmoet.base.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file made or stored by a service, ready to download: exports, letters, statements, receipts, attachments.
 * Its name is always reduced to letters, digits, space, {@code - _ .}, so no name (also one stored earlier) can
 * break out of the download header.
 */
public record DownloadFile(String fileName, String contentType, byte[] content) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String JSON = "application/json";
    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern UNSAFE = Pattern.compile("[ _]*[^\\p{L}\\p{N} ._-]+[ _]*");
    private static final Pattern EDGES = Pattern.compile("^[ ._]+|[ ._]+$");
    private static final Map<String, String> EXTENSIONS = Map.of(CSV, ".csv", XLSX, ".xlsx", DOCX, ".docx",
            PDF, ".pdf", PNG, ".png", JPEG, ".jpg", JSON, ".json");

    public DownloadFile {
        fileName = safeName(fileName, "download", MAX_NAME_LENGTH);
    }

    /** The name without folders, other characters collapsed to {@code _}, cut from the front to fit. */
    public static String safeName(String name, String fallback, int maxLength) {
        String clean = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1);
        clean = EDGES.matcher(UNSAFE.matcher(clean).replaceAll("_")).replaceAll("");
        if (clean.isEmpty()) {
            clean = fallback;
        }
        return clean.length() <= maxLength ? clean : clean.substring(clean.length() - maxLength);
    }

    /**
     * The name for a stored upload: the user's name made safe, its extension replaced by the one of the type the
     * bytes really are (so {@code evil.html} holding a PDF is stored as {@code evil.pdf}).
     */
    public static String storedName(String uploaded, String fallback, String contentType, int maxLength) {
        String extension = EXTENSIONS.getOrDefault(contentType, "");
        String stem = safeName(uploaded, fallback, Integer.MAX_VALUE);
        int dot = stem.lastIndexOf('.');
        stem = dot > 0 ? safeName(stem.substring(0, dot), fallback, Integer.MAX_VALUE) : stem;
        return safeName(stem, fallback, maxLength - extension.length()) + extension;
    }

    /**
     * The Content-Disposition header (RFC 6266): an ASCII fallback name for old clients and the real name
     * percent-encoded as UTF-8 (RFC 5987); neither can hold a quote, semicolon or line break.
     */
    public String contentDisposition() {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 ._-]", "_");
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
