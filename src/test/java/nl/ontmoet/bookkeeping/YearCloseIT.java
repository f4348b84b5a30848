package nl.ontmoet.bookkeeping;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.ClosedYearRepository;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.ONS_HUIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class YearCloseIT {

    @Autowired
    YearCloseService yearClose;
    @Autowired
    LedgerService ledger;
    @Autowired
    BudgetService budgets;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    ClosedYearRepository closedYears;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("coordinator")
    void a_closed_year_refuses_new_changed_and_deleted_entries_and_budget_changes_until_an_admin_reopens_it() {
        long onsHuis = fixtures.centre(ONS_HUIS);
        var day = LocalDate.of(2022, 6, 1);
        var kept = fixtures.book(onsHuis, fixtures.category("BAR"), day, "80.00", "Bar juni");
        budgets.create(onsHuis, 2022);

        yearClose.close(onsHuis, 2022);
        assertThat(yearClose.isClosed(onsHuis, 2022)).isTrue();

        assertClosed(() -> fixtures.book(onsHuis, fixtures.category("BAR"), day, "5.00", "Nieuw"));
        var changed = ledger.get(kept.getId());
        changed.setAmount(new BigDecimal("81.00"));
        assertClosed(() -> ledger.save(changed, null));
        assertClosed(() -> ledger.delete(kept.getId()));
        var moved = fixtures.book(onsHuis, fixtures.category("BAR"), day.plusYears(1), "5.00", "2023");
        var intoClosed = ledger.get(moved.getId());
        intoClosed.setEntryDate(day);
        assertClosed(() -> ledger.save(intoClosed, null));
        var budget = budgets.budget(onsHuis, 2022);
        assertClosed(() -> budgets.save(onsHuis, 2022, budget.version(), budget.lines()));
        assertThatThrownBy(() -> yearClose.close(onsHuis, 2022)).isInstanceOf(BusinessRuleException.class);

        // the coordinator cannot reopen; an admin can, with a reason
        assertThatThrownBy(() -> yearClose.reopen(onsHuis, 2022, "Correctie")).isInstanceOf(AccessDeniedException.class);
        runAs("admin", () -> {
            assertThatThrownBy(() -> yearClose.reopen(onsHuis, 2022, " "))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.getField()).contains("reason"));
            yearClose.reopen(onsHuis, 2022, "Factuur energie december ontbrak");
        });
        assertThat(yearClose.isClosed(onsHuis, 2022)).isFalse();
        assertThat(closedYears.findByCentreIdAndYear(onsHuis, 2022).orElseThrow().getReopenReason())
                .isEqualTo("Factuur energie december ontbrak");
        ledger.delete(kept.getId());

        // closing and reopening are in the audit trail: who, and the reason
        long row = closedYears.findByCentreIdAndYear(onsHuis, 2022).orElseThrow().getId();
        var audit = jdbc.queryForList("select username, changes from audit_entry where entity_type = 'ClosedYear' "
                + "and entity_id = ? order by id", String.valueOf(row));
        assertThat(audit).extracting(line -> line.get("username")).containsExactly("coordinator", "admin");
        assertThat(audit.get(1).get("changes").toString()).contains("Factuur energie december ontbrak");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_year_that_has_not_started_cannot_be_closed() {
        long onsHuis = fixtures.centre(ONS_HUIS);
        int next = TestClock.TODAY.getYear() + 1;
        assertThatThrownBy(() -> yearClose.close(onsHuis, next)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_cannot_close_a_year() {
        long onsHuis = fixtures.centre(ONS_HUIS);
        assertThatThrownBy(() -> yearClose.close(onsHuis, 2022))
                .isInstanceOf(nl.ontmoet.base.domain.RecordNotFoundException.class);
    }

    private static void assertClosed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.yearClosed"));
    }

    private void runAs(String username, Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
