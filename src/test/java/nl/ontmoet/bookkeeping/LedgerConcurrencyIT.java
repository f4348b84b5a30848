package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.bookkeeping.service.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Not transactional: each service call commits, as in the application, so the entries really are detached. */
@IntegrationTest
class LedgerConcurrencyIT {

    @Autowired
    LedgerService ledger;
    @Autowired
    BookkeepingFixtures fixtures;

    @Test
    @WithUserDetails("coordinator2")
    void the_second_of_two_concurrent_edits_of_an_entry_is_refused_and_the_first_is_kept() {
        long pomhorst = fixtures.centre(POMHORST);
        var saved = fixtures.book(pomhorst, fixtures.category("BAR"), LocalDate.of(2012, 4, 4),
                "60.00", "Bar koningsdag");
        try {
            var mine = ledger.get(saved.getId());
            var theirs = ledger.get(saved.getId());
            theirs.setAmount(new BigDecimal("65.00"));
            ledger.save(theirs, null);

            mine.setAmount(new BigDecimal("70.00"));
            assertThatThrownBy(() -> ledger.save(mine, null)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(ledger.get(saved.getId()).getAmount()).isEqualByComparingTo("65.00");
        } finally {
            ledger.delete(saved.getId());
        }
    }
}
