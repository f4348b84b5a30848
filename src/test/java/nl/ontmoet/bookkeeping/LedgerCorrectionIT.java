package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerCorrectionService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class LedgerCorrectionIT {

    @Autowired
    LedgerCorrectionService corrections;
    @Autowired
    LedgerService ledger;
    @Autowired
    YearCloseService yearClose;
    @Autowired
    BudgetService budgets;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    ErrorMessages errorMessages;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("coordinator")
    void a_correction_without_a_reference_or_a_negative_amount_outside_a_correction_is_refused_and_nothing_stored() {
        long nude = fixtures.centre(NUDE);
        long before = entryRows();

        refused(() -> corrections.correct(nude, null, LocalDate.of(2016, 3, 1), new BigDecimal("-10.00"), "Terug"),
                "corrects", "Een correctie verwijst altijd naar de boeking van dit centrum die zij corrigeert. "
                        + "Kies die boeking.");
        refused(() -> fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2016, 3, 1), "-10.00",
                "Terugbetaling"), "amount",
                "Het bedrag moet groter zijn dan nul. Kies bij Soort of het inkomsten of uitgaven zijn.");
        var original = fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2016, 2, 1), "80.00", "Slot");
        refused(() -> corrections.correct(nude, original.getId(), LocalDate.of(2016, 3, 1), new BigDecimal("0.00"),
                null), "amount", "Een correctie van € 0,00 verandert niets. Vul het bedrag in dat gecorrigeerd wordt.");
        assertThat(entryRows()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("coordinator")
    void an_entry_of_a_closed_year_is_corrected_in_the_open_year_and_never_in_the_closed_one() {
        long nude = fixtures.centre(NUDE);
        var original = fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2015, 11, 3), "150.00",
                "Dakgoot");
        yearClose.close(nude, 2015);
        long before = entryRows();

        refused(() -> corrections.correct(nude, original.getId(), LocalDate.of(2015, 12, 31), null, null),
                "entryDate", "Jaar 2015 is afgesloten. Er kan niets meer worden gewijzigd; vraag de functioneel "
                        + "beheerder om het jaar te heropenen.");
        assertThat(entryRows()).isEqualTo(before);

        var storno = corrections.correct(nude, original.getId(), LocalDate.of(2016, 1, 10), null, null);
        var partial = corrections.correct(nude, original.getId(), LocalDate.of(2016, 1, 11), new BigDecimal("20.00"),
                "Meerwerk dakgoot");

        assertThat(storno.getAmount()).isEqualByComparingTo("-150.00");
        assertThat(storno.getDirection()).isEqualTo(Direction.EXPENSE);
        assertThat(storno.getCategory().getCode()).isEqualTo("ONDERHOUD");
        assertThat(storno.getDescription()).isEqualTo("Correctie: Dakgoot");
        assertThat(jdbc.queryForObject("select corrects_entry_id from ledger_entry where id = ?", Long.class,
                storno.getId())).isEqualTo(original.getId());
        assertThat(partial.getAmount()).isEqualByComparingTo("20.00");
        // the original stays as it was, in its closed year
        assertThat(jdbc.queryForObject("select amount from ledger_entry where id = ?", BigDecimal.class,
                original.getId())).isEqualByComparingTo("150.00");
        // hand-computed: 2016 expenses of ONDERHOUD = -150.00 + 20.00 = -130.00
        assertThat(ledger.totals(nude, LedgerFilter.year(2016)).expense()).isEqualByComparingTo("-130.00");
        var line = budgets.report(nude, 2016).lines().stream().filter(l -> l.code().equals("ONDERHOUD"))
                .findFirst().orElseThrow();
        assertThat(line.actual()).isEqualByComparingTo("-130.00");
    }

    private long entryRows() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }

    private void refused(ThrowingCallable call, String field, String dutch) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(errorMessages.toMessage(e, BundleI18NProvider.DUTCH).text()).isEqualTo(dutch);
        });
    }
}
