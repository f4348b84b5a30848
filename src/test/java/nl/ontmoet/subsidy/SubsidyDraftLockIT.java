package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.Locale;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people open the same draft and both save: the second save is refused with the stale-edit message and
 * the first one's text stays. Each step is its own transaction, as in the application.
 */
@IntegrationTest
class SubsidyDraftLockIT {

    @Autowired
    SubsidyFixture fixture;
    @Autowired
    SubsidyApplicationService applications;
    @Autowired
    SubsidyDraftService drafts;
    @Autowired
    ErrorMessages errorMessages;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_second_of_two_saves_of_the_same_draft_is_refused() {
        var scheme = fixture.scheme("IT slot " + System.nanoTime(), "5000");
        long id = fixture.draft(scheme, "Slot " + System.nanoTime(), "1000");
        long centre = fixture.centre(NUDE);
        ApplicationInput first = load(centre, id);
        ApplicationInput second = load(centre, id);

        first.setPurpose("Eerste versie van het doel");
        fixture.as("coordinator", () -> drafts.saveDraft(centre, id, first));
        second.setPurpose("Tweede, over de eerste heen");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> drafts.saveDraft(centre, id, second)))
                .isInstanceOfSatisfying(ObjectOptimisticLockingFailureException.class, error ->
                        assertThat(errorMessages.toMessage(error, Locale.of("nl")).text()).contains("gewijzigd"));
        assertThat(jdbc.queryForObject("select purpose from subsidy_application where id = ?", String.class, id))
                .isEqualTo("Eerste versie van het doel");

        ApplicationInput reloaded = load(centre, id);
        reloaded.setPurpose("Na opnieuw laden");
        fixture.as("coordinator", () -> drafts.saveDraft(centre, id, reloaded));
        assertThat(jdbc.queryForObject("select purpose from subsidy_application where id = ?", String.class, id))
                .isEqualTo("Na opnieuw laden");
    }

    private ApplicationInput load(long centre, long id) {
        return fixture.as("coordinator", () -> ApplicationInput.of(applications.detail(centre, id).application()));
    }
}
