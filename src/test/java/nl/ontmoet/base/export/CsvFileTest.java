package nl.ontmoet.base.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @Test
    void a_csv_for_people_is_utf8_with_a_bom_semicolons_crlf_and_quotes_only_where_needed() {
        var file = new CsvFile(List.of("Naam", "Bedrag"))
                .row(Arrays.asList("Café; \"zomer\"", "12.50"))
                .row(Arrays.asList("twee\nregels", null))
                .toFile("test.csv");

        assertThat(file.fileName()).isEqualTo("test.csv");
        assertThat(file.contentType()).isEqualTo(DownloadFile.CSV);
        assertThat(Arrays.copyOf(file.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFNaam;Bedrag\r\n\"Café; \"\"zomer\"\"\";12.50\r\n\"twee\nregels\";\r\n");
    }

    @Test
    void every_value_is_neutralised_against_formulas() {
        var text = new String(new CsvFile(List.of("A", "B")).row(List.of("=1+1", "-2+3")).toFile("x.csv").content(),
                StandardCharsets.UTF_8);

        assertThat(text).endsWith("'=1+1;'-2+3\r\n");
    }

    @Test
    void amounts_and_dates_are_written_in_the_style_and_a_negative_amount_stays_a_number() {
        List<Object> row = Arrays.asList(LocalDate.of(2026, 3, 9), new BigDecimal("-1234.50"), "-5", null);
        var dutch = new String(new CsvFile(CsvStyle.DUTCH, List.of("Datum", "Bedrag", "Tekst", "Leeg")).row(row)
                .toFile("x.csv").content(), StandardCharsets.UTF_8);
        var machine = new CsvFile(CsvStyle.MACHINE, List.of("Datum", "Bedrag", "Tekst", "Leeg")).row(row)
                .toFile("x.csv").content();

        assertThat(dutch).isEqualTo("\uFEFFDatum;Bedrag;Tekst;Leeg\r\n09-03-2026;-1234,50;'-5;\r\n");
        assertThat(machine[0]).isEqualTo((byte) 'D');
        assertThat(new String(machine, StandardCharsets.UTF_8))
                .isEqualTo("Datum,Bedrag,Tekst,Leeg\r\n2026-03-09,-1234.50,'-5,\r\n");
    }
}
