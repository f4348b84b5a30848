package nl.ontmoet.subsidy.service;

import nl.ontmoet.TestClock;
import nl.ontmoet.bookkeeping.domain.Direction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {

    private static final VersionSummary SUMMARY = new VersionSummary(2, TestClock.NOW, "Cor Bakker");

    private static ApplicationSnapshot snapshot(String amount, String plan, List<ApplicationSnapshot.Line> budget,
                                                List<String> attachments) {
        return new ApplicationSnapshot("Buurtfeest", new BigDecimal(amount), "Doel", plan, 4, 100, 6, budget,
                attachments);
    }

    private static ApplicationSnapshot.Line line(String code, String amount) {
        return new ApplicationSnapshot.Line(code, code.toLowerCase(), Direction.EXPENSE, new BigDecimal(amount), null);
    }

    @Test
    void the_first_version_marks_nothing() {
        var first = snapshot("100", "Plan", List.of(line("A", "10")), List.of("a.pdf"));
        var detail = VersionComparison.compare(SUMMARY, first, null);
        assertThat(detail.changedFields()).isEmpty();
        assertThat(detail.changedLines()).isEmpty();
        assertThat(detail.newAttachments()).isEmpty();
    }

    @Test
    void equal_amounts_with_another_scale_are_not_a_change() {
        var before = snapshot("100", "Plan", List.of(line("A", "10")), List.of("a.pdf"));
        var after = snapshot("100.00", "Plan", List.of(line("A", "10.00")), List.of("a.pdf"));
        var detail = VersionComparison.compare(SUMMARY, after, before);
        assertThat(detail.changedFields()).isEmpty();
        assertThat(detail.changedLines()).isEmpty();
        assertThat(detail.removedLines()).isEmpty();
    }

    @Test
    void changed_texts_amounts_lines_and_files_are_named() {
        var before = snapshot("100", "Plan", List.of(line("A", "10"), line("B", "20"), line("C", "5")),
                List.of("a.pdf", "b.pdf"));
        var after = snapshot("120", "Nieuw plan", List.of(line("A", "10"), line("B", "25"), line("D", "1")),
                List.of("a.pdf", "c.xlsx"));
        var detail = VersionComparison.compare(SUMMARY, after, before);
        assertThat(detail.changedFields()).containsExactlyInAnyOrder("requestedAmount", "activityPlan", "budget",
                "attachments");
        assertThat(detail.changedLines()).containsExactly("B", "D");
        assertThat(detail.removedLines()).extracting(ApplicationSnapshot.Line::categoryCode).containsExactly("C");
        assertThat(detail.newAttachments()).containsExactly("c.xlsx");
        assertThat(detail.removedAttachments()).containsExactly("b.pdf");
    }
}
