package nl.ontmoet.subsidy;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in memory, for attachment tests. */
public final class TestFiles {

    private TestFiles() {
    }

    private static final byte[] PDF = onePagePdf();

    /** A real one-page PDF (made once, so every call gives the same bytes). */
    public static byte[] pdf() {
        return PDF.clone();
    }

    /** What the browser would render as a web page with a script, dressed up with a PDF's first bytes. */
    public static byte[] htmlPosingAsPdf() {
        return "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] onePagePdf() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Bijlage"));
        document.close();
        return out.toByteArray();
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    /** A ZIP that is neither a Word nor an Excel file. */
    public static byte[] plainZip() {
        return zip("readme.txt");
    }

    /** A ZIP whose Word document part comes only after {@code fillers} other entries. */
    public static byte[] zipWithDocumentAfter(int fillers) {
        String[] entries = new String[fillers + 1];
        for (int i = 0; i < fillers; i++) {
            entries[i] = "filler/" + i + ".xml";
        }
        entries[fillers] = "word/document.xml";
        return zip(entries);
    }

    public static byte[] text() {
        return "gewoon een tekstbestand".getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF header followed by padding, one byte over 10 MB. */
    public static byte[] tooLargePdf() {
        byte[] content = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        Arrays.fill(content, pdf().length, content.length, (byte) ' ');
        return content;
    }

    private static byte[] zip(String... entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
