package nl.ontmoet.base.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/** The fonts shipped with the application (DejaVu, see fonts/DejaVu-LICENSE.txt), embedded as subsets. */
final class PdfAFonts {

    private PdfAFonts() {
    }

    static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream font = PdfAFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (font == null) {
                throw new IOException("Font missing from the application: " + file);
            }
            return PDType0Font.load(document, font, true);
        }
    }

    /**
     * The text with tabs as spaces, other control characters dropped and characters the font lacks as "?": an
     * archive file may only show glyphs it embeds.
     */
    static String printable(String text, PDType0Font font) {
        var out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (!Character.isISOControl(c)) {
                out.append(hasGlyph(font, c) ? Character.toString(c) : "?");
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
