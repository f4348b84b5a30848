package nl.ontmoet.subsidy.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectionClauseTest {

    @Test
    void the_term_ends_six_weeks_after_the_letter_was_sent() {
        assertThat(ObjectionClause.lastDay(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(ObjectionClause.lastDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void a_term_ending_on_a_saturday_or_sunday_runs_on_to_the_monday() {
        assertThat(ObjectionClause.lastDay(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ObjectionClause.lastDay(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
