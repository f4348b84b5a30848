package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.SubsidyChoice;
import nl.ontmoet.subsidy.service.ReportCost;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accountability per project: a ledger entry counts for one granted subsidy of its own centre at most, and the report
 * is pre-filled from the entries assigned to the subsidy, not from the centre's whole year. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyAssignmentIT extends SubsidyServicesBase {

    @Autowired
    LedgerService ledger;
    @Autowired
    CategoryService categories;
    @Autowired
    ErrorMessages messages;

    /** The refusal as the user reads it at the field. */
    private void refusedInDutch(ThrowableAssert.ThrowingCallable call, String dutch) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
            var message = messages.toMessage(refusal, BundleI18NProvider.DUTCH);
            assertThat(message.fieldName()).contains("subsidyApplicationId");
            assertThat(message.text()).isEqualTo(dutch);
        });
    }

    @Override
    protected String schemeCeiling() {
        return "50000";
    }

    private long book(String code, Direction direction, String amount, Long subsidy) {
        long nude = fixture.centre(NUDE);
        var category = fixture.as("coordinator", () -> categories.all()).stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
        return fixture.as("coordinator", () -> {
            var entry = ledger.newEntry(nude);
            entry.setEntryDate(TestClock.TODAY.minusDays(3));
            entry.setDirection(direction);
            entry.setCategory(category);
            entry.setAmount(new BigDecimal(amount));
            entry.setDescription("Toegewezen " + code);
            entry.setSubsidyApplicationId(subsidy);
            return ledger.save(entry, null).getId();
        });
    }

    private Long assigned(long entryId) {
        entityManager.flush();
        return jdbc.queryForObject("select subsidy_application_id from ledger_entry where id = ?", Long.class,
                entryId);
    }

    /** Changes the assignment as the ledger form does: on a copy detached from the stored entry. */
    private void reassign(long entryId, Long subsidy) {
        entityManager.flush();
        fixture.as("coordinator", () -> {
            var entry = ledger.get(entryId);
            entityManager.detach(entry);
            entry.setSubsidyApplicationId(subsidy);
            ledger.save(entry, null);
        });
    }

    @Test
    void the_report_is_prefilled_from_the_entries_assigned_to_this_subsidy_only() {
        long summer = fixture.granted(scheme, "Zomerprogramma", "4500");
        long other = fixture.granted(scheme, "Ander project", "3000");
        book("MARKETING", Direction.EXPENSE, "120.50", summer);
        book("MARKETING", Direction.EXPENSE, "79.50", summer);
        book("MARKETING", Direction.EXPENSE, "500", other);
        book("MARKETING", Direction.EXPENSE, "999", null);
        book("SUBSIDIE", Direction.INCOME, "4500", summer);

        var input = fixture.as("coordinator", () -> reports.prefilled(summer));
        var marketing = input.getCosts().stream().filter(c -> c.getCode().equals("MARKETING")).findFirst()
                .orElseThrow();
        assertThat(marketing.getAmount()).isEqualByComparingTo("200.00");
        assertThat(marketing.getBooked()).isEqualByComparingTo("200.00");
        assertThat(input.getCosts()).filteredOn(c -> !c.getCode().equals("MARKETING"))
                .allSatisfy(c -> assertThat(c.getAmount()).isEqualByComparingTo("0"));
        assertThat(input.getIncomes()).extracting(ReportCost::getCode).containsExactly("SUBSIDIE");
        assertThat(input.getIncomes().getFirst().getBooked()).isEqualByComparingTo("4500");
        assertThat(fixture.as("coordinator", () -> ledger.assignableSubsidies(fixture.centre(NUDE))))
                .extracting(SubsidyChoice::applicationId).contains(summer, other);
    }

    @Test
    void an_entry_assigned_to_one_subsidy_is_refused_for_a_second_and_stays_with_the_first() {
        long first = fixture.granted(scheme, "Eerste project", "2000");
        long second = fixture.granted(scheme, "Tweede project", "2000");
        long entry = book("MARKETING", Direction.EXPENSE, "250", first);
        refusedAt(() -> reassign(entry, second), "subsidyApplicationId", "bookkeeping.error.subsidyAlreadyAssigned");
        refusedInDutch(() -> reassign(entry, second), "Deze boeking is al toegewezen aan subsidie Eerste project ("
                + scheme.getName() + "). Een boeking telt voor ten hoogste één subsidie; haal die toewijzing eerst weg.");
        assertThat(assigned(entry)).isEqualTo(first);

        reassign(entry, null);
        assertThat(assigned(entry)).isNull();
        reassign(entry, second);
        assertThat(assigned(entry)).isEqualTo(second);
    }

    @Test
    void an_entry_cannot_be_assigned_to_another_centres_subsidy_or_to_one_not_granted() {
        long pomhorstApplication = jdbc.queryForObject(
                "select min(id) from subsidy_application where centre_id = ?", Long.class, fixture.centre(POMHORST));
        long submitted = fixture.submitted(scheme, "Nog niet verleend", "2000");
        long entry = book("MARKETING", Direction.EXPENSE, "40", null);
        long entries = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);

        refusedAt(() -> reassign(entry, pomhorstApplication), "subsidyApplicationId",
                "subsidy.error.assignOtherCentre");
        refusedAt(() -> reassign(entry, submitted), "subsidyApplicationId", "subsidy.error.assignNotGranted");
        refusedInDutch(() -> reassign(entry, pomhorstApplication), "Deze subsidie hoort bij een ander centrum; een "
                + "boeking kan alleen bij een subsidie van het eigen centrum horen.");
        refusedInDutch(() -> reassign(entry, submitted),
                "Kies een verleende subsidie waarvan de verantwoording nog niet is ingediend.");
        refusedAt(() -> book("MARKETING", Direction.EXPENSE, "40", pomhorstApplication), "subsidyApplicationId",
                "subsidy.error.assignOtherCentre");
        assertThat(assigned(entry)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Long.class)).isEqualTo(entries);
        assertThat(fixture.as("coordinator", () -> ledger.assignableSubsidies(fixture.centre(NUDE))))
                .extracting(SubsidyChoice::applicationId).doesNotContain(submitted, pomhorstApplication);
    }
}
