package nl.ontmoet.base.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSanitiserTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "@SUM(A1)", "+31612345678", "-2+3", "\tverborgen",
            "\rverborgen", "=", "-"})
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(String attack) {
        assertThat(ExportSanitiser.text(attack)).isEqualTo("'" + attack);
    }

    @ParameterizedTest
    @CsvSource(value = {"Koffie", "12.50", "'al tekst", "a=b", " =ruimte", "Café; zomer"}, delimiter = '|')
    void ordinary_text_is_left_alone(String text) {
        assertThat(ExportSanitiser.text(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void empty_and_missing_text_stay_as_they_are(String empty) {
        assertThat(ExportSanitiser.text(empty)).isEmpty();
        assertThat(ExportSanitiser.text(null)).isNull();
    }
}
