package nl.ontmoet.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file for people, as Dutch spreadsheets open it: UTF-8 with a byte order mark, {@code ;} between values,
 * CRLF between lines, quotes only where needed. Every value is text and goes through {@link ExportSanitiser}.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CSVPrinter printer;

    public CsvFile(List<String> headers) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(headers);
    }

    public CsvFile row(List<String> values) {
        try {
            printer.printRecord(values.stream().map(ExportSanitiser::text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public DownloadFile toFile(String fileName) {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DownloadFile(fileName, DownloadFile.CSV, out.toByteArray());
    }
}
