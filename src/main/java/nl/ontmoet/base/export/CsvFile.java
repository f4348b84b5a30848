package nl.ontmoet.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV file in a {@link CsvStyle}: by default as Dutch spreadsheets open it (UTF-8 with a byte order mark,
 * {@code ;} between values, decimal comma, dd-mm-jjjj), CRLF between lines, quotes only where needed. Text values
 * go through {@link ExportSanitiser}; amounts ({@link BigDecimal}) and dates ({@link LocalDate}) are written in the
 * style's own format, so a negative amount stays a number.
 */
public final class CsvFile {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CsvStyle style;
    private final CSVPrinter printer;

    public CsvFile(List<String> headers) {
        this(CsvStyle.DUTCH, headers);
    }

    public CsvFile(CsvStyle style, List<String> headers) {
        this.style = style;
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(style.delimiter())
                .setRecordSeparator("\r\n")
                .get();
        try {
            if (style.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(headers);
    }

    /** One line; a value is text, an amount ({@link BigDecimal}), a date ({@link LocalDate}) or null (empty). */
    public CsvFile row(List<?> values) {
        try {
            printer.printRecord(values.stream().map(this::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private String cell(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal amount -> style.number(amount);
            case LocalDate date -> style.date(date);
            default -> ExportSanitiser.text(value.toString());
        };
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
