package nl.ontmoet.base.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/**
 * A simple text document in Helvetica: a title, headings, paragraphs and tables, written in order and closed into
 * bytes. Letters, statements and portfolios each choose their title and heading sizes.
 */
public final class PdfDocument {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document();
    private final Font title;
    private final Font heading;
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);

    public PdfDocument(float titleSize, float headingSize) {
        title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, titleSize);
        heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, headingSize);
        PdfWriter.getInstance(document, out);
        document.open();
    }

    public PdfDocument title(String text) {
        return add(new Paragraph(text, title));
    }

    public PdfDocument heading(String text) {
        return add(new Paragraph(text, heading));
    }

    public PdfDocument bold(String text) {
        return add(new Paragraph(text, bold));
    }

    public PdfDocument paragraph(String text) {
        return add(new Paragraph(text, normal));
    }

    /** An empty line between blocks. */
    public PdfDocument blank() {
        return add(new Paragraph(" "));
    }

    public PdfDocument add(Element element) {
        document.add(element);
        return this;
    }

    public Font headingFont() {
        return heading;
    }

    public Font boldFont() {
        return bold;
    }

    public Font normalFont() {
        return normal;
    }

    /** A table over the given share of the page width, with columns in the given proportions. */
    public static PdfPTable table(float widthPercentage, float... columnWidths) {
        var table = new PdfPTable(columnWidths);
        table.setWidthPercentage(widthPercentage);
        return table;
    }

    public static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }
}
