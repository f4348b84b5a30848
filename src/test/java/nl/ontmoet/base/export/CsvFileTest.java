package nl.ontmoet.base.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
}
