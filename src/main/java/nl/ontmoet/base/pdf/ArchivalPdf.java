package nl.ontmoet.base.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A text document for the archive: PDF/A-2b, A4, with DejaVu Sans embedded, so that it looks the same wherever and
 * whenever it is opened. Blocks are written in order (title, headings, paragraphs, label–value rows) and wrapped and
 * broken over pages; {@link #toBytes()} closes it. Decision letters are made with it and stored as sent.
 */
public final class ArchivalPdf {

    private static final float MARGIN = 62;
    private static final float TEXT_SIZE = 10;
    private static final float LEADING = 1.35f;
    private static final float AMOUNT_COLUMN = 88;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    /** A new document; the title goes into its metadata (the archive's description of the file). */
    public ArchivalPdf(String title) {
        try {
            regular = PdfAFonts.load(document, "DejaVuSans.ttf");
            bold = PdfAFonts.load(document, "DejaVuSans-Bold.ttf");
            PdfAConformance.declare(document, title);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ArchivalPdf title(String text) {
        return write(text, bold, 15);
    }

    public ArchivalPdf heading(String text) {
        space(4);
        return write(text, bold, 11);
    }

    public ArchivalPdf bold(String text) {
        return write(text, bold, TEXT_SIZE);
    }

    /** Text that wraps at the margin; line breaks in it are kept. */
    public ArchivalPdf paragraph(String text) {
        return write(text, regular, TEXT_SIZE);
    }

    /** An empty line between blocks. */
    public ArchivalPdf blank() {
        space(TEXT_SIZE * LEADING);
        return this;
    }

    /** Label and value side by side; the value is bold and right-aligned when it is an amount. */
    public ArchivalPdf row(String label, String value, boolean amount) {
        float labelWidth = width * (amount ? 0.45f : 0.28f);
        float lineHeight = TEXT_SIZE * LEADING;
        List<String> labels = wrap(label, regular, TEXT_SIZE, labelWidth - 8);
        List<String> values = wrap(value, amount ? bold : regular, TEXT_SIZE, width - labelWidth);
        int lines = Math.max(labels.size(), values.size());
        for (int i = 0; i < lines; i++) {
            ensureRoom(lineHeight);
            y -= lineHeight;
            if (i < labels.size()) {
                show(labels.get(i), regular, TEXT_SIZE, MARGIN);
            }
            if (i < values.size()) {
                String line = values.get(i);
                float x = amount ? MARGIN + labelWidth + 90 - textWidth(line, bold, TEXT_SIZE) : MARGIN + labelWidth;
                show(line, amount ? bold : regular, TEXT_SIZE, x);
            }
        }
        return this;
    }

    /**
     * A label with amounts right-aligned in columns at the right margin (e.g. budgeted, actual, difference); an
     * empty value leaves its column empty.
     */
    public ArchivalPdf amounts(String label, boolean strong, String... values) {
        PDType0Font font = strong ? bold : regular;
        float lineHeight = TEXT_SIZE * LEADING;
        List<String> labels = wrap(label, font, TEXT_SIZE, width - values.length * AMOUNT_COLUMN - 8);
        for (int i = 0; i < labels.size(); i++) {
            ensureRoom(lineHeight);
            y -= lineHeight;
            show(labels.get(i), font, TEXT_SIZE, MARGIN);
            for (int c = 0; i == 0 && c < values.length; c++) {
                String value = PdfAFonts.printable(values[c], font);
                float right = MARGIN + width - (values.length - 1 - c) * AMOUNT_COLUMN;
                show(value, font, TEXT_SIZE, right - textWidth(value, font, TEXT_SIZE));
            }
        }
        return this;
    }

    /** Places to sign side by side, each a line with its lines of text (role, name, date) under it. */
    public ArchivalPdf signatures(List<List<String>> blocks) {
        float lineHeight = TEXT_SIZE * LEADING;
        int lines = blocks.stream().mapToInt(List::size).max().orElse(0);
        ensureRoom(lineHeight * (lines + 4));
        y -= lineHeight * 3;
        float column = width / blocks.size();
        try {
            for (int i = 0; i < blocks.size(); i++) {
                page.moveTo(MARGIN + i * column, y);
                page.lineTo(MARGIN + (i + 1) * column - 24, y);
            }
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int line = 0; line < lines; line++) {
            y -= lineHeight;
            for (int i = 0; i < blocks.size(); i++) {
                if (line < blocks.get(i).size()) {
                    show(PdfAFonts.printable(blocks.get(i).get(line), regular), regular, TEXT_SIZE,
                            MARGIN + i * column);
                }
            }
        }
        return this;
    }

    public byte[] toBytes() {
        try (document) {
            page.close();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArchivalPdf write(String text, PDType0Font font, float size) {
        float lineHeight = size * LEADING;
        for (String line : wrap(text, font, size, width)) {
            ensureRoom(lineHeight);
            y -= lineHeight;
            show(line, font, size, MARGIN);
        }
        return this;
    }

    private void space(float height) {
        if (y - height > MARGIN) {
            y -= height;
        }
    }

    private void ensureRoom(float lineHeight) {
        if (y - lineHeight < MARGIN) {
            try {
                page.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        var next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void show(String line, PDType0Font font, float size, float x) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(line);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code maxWidth}; a word longer than a line is cut. */
    private static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PdfAFonts.printable(text == null ? "" : text, font).split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                String rest = word;
                while (textWidth(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float textWidth(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
