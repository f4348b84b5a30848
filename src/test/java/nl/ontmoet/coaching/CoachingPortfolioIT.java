package nl.ontmoet.coaching;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.service.CoachingPortfolioService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinator's portfolio PDF, read back with PDFBox: their texts are in it, the coach's private note is not. */
@IntegrationTest
class CoachingPortfolioIT {

    @Autowired
    CoachingFixture fixture;
    @Autowired
    CoachingPortfolioService portfolio;

    @Test
    void the_portfolio_holds_summary_agreements_and_goals_but_no_private_note() {
        var session = fixture.session("coach", "coordinator");
        fixture.agreement("coach", session.getId(), "coordinator", AgreementOwner.COORDINATOR,
                "Portfolio: jaarplan bespreken met het bestuur");
        fixture.goal("coach", "coordinator", "Portfolio: netwerk in de wijk uitbreiden");

        byte[] pdf = fixture.as("coordinator", () -> portfolio.myPortfolioPdf(key -> key, Enum::name));
        String text = text(pdf);
        assertThat(text).contains("Cor Bakker")
                .contains(CoachingFixture.SUMMARY)
                .contains("Portfolio: jaarplan bespreken met het bestuur")
                .contains("Portfolio: netwerk in de wijk uitbreiden")
                .doesNotContain(CoachingFixture.PRIVATE_NOTE)
                .doesNotContain("overbelast");
    }

    @Test
    void only_coordinators_export_a_portfolio() {
        for (String user : java.util.List.of("coach", "manager", "admin")) {
            assertThatThrownBy(() -> fixture.as(user, () -> portfolio.myPortfolioPdf(key -> key, Enum::name)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
