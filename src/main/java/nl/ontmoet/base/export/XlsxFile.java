package nl.ontmoet.base.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * An XLSX file with one sheet whose first row is a bold header. Text cells go through {@link #text}, so they are
 * neutralised like CSV; numbers and dates are written by the caller as real numeric cells.
 */
public final class XlsxFile {

    private XlsxFile() {
    }

    public static DownloadFile of(String fileName, String sheetName, List<String> headers, Consumer<Worksheet> body) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Ontmoet", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            body.accept(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DownloadFile(fileName, DownloadFile.XLSX, out.toByteArray());
    }

    public static void text(Worksheet sheet, int row, int column, String value) {
        sheet.value(row, column, ExportSanitiser.text(value));
    }
}
