package nl.ontmoet.base.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Element;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTest {

    @Test
    void title_headings_paragraphs_and_tables_come_out_in_order() throws IOException {
        var pdf = new PdfDocument(16, 12);
        var table = PdfDocument.table(100, 2, 1);
        table.addCell(PdfDocument.cell("Maand", pdf.boldFont(), Element.ALIGN_LEFT));
        table.addCell(PdfDocument.cell("€ 1,00", pdf.normalFont(), Element.ALIGN_RIGHT));
        pdf.title("Titel").heading("Kop").paragraph("Tekst").blank().bold("Vet").add(table);

        String text;
        try (var document = Loader.loadPDF(pdf.toBytes())) {
            text = new PDFTextStripper().getText(document);
        }

        assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .containsExactly("Titel", "Kop", "Tekst", "Vet", "Maand € 1,00");
    }
}
