package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.domain.AccountKind;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class LedgerAccountIT {

    @Autowired
    LedgerAccountService accounts;
    @Autowired
    LedgerService ledger;
    @Autowired
    YearCloseService yearClose;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    ErrorMessages errorMessages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerAccountRepository accountRepository;

    @Test
    @WithUserDetails("coordinator")
    void a_bank_account_whose_iban_has_a_wrong_check_digit_is_refused_at_the_field_and_nothing_is_stored() {
        long nude = fixtures.centre(NUDE);
        int before = accountRows(nude);

        refused(() -> accounts.addBankAccount(nude, "Spaarrekening", "NL91ABNA0417164301"), "iban",
                "Dit IBAN klopt niet: de controlecijfers kloppen niet. Controleer het nummer.");
        assertThat(accountRows(nude)).isEqualTo(before);

        var saved = accounts.addBankAccount(nude, " Spaarrekening ", "nl91 abna 0417 1643 00");
        assertThat(saved.getIban()).isEqualTo("NL91ABNA0417164300");
        assertThat(saved.getName()).isEqualTo("Spaarrekening");
        refused(() -> accounts.addCashBox(nude, "Spaarrekening"), "name",
                "Dit centrum heeft al een rekening met de naam Spaarrekening.");
        assertThat(accountRows(nude)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("coordinator")
    void every_entry_is_in_an_account_and_one_booked_without_goes_to_the_centres_default_account() {
        long nude = fixtures.centre(NUDE);
        LedgerAccount first = accounts.accounts(nude).getFirst();
        assertThat(first.getKind()).isEqualTo(AccountKind.BANK);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where account_id is null", Long.class))
                .isZero();
        assertThat(ledger.newEntry(nude).getAccount()).isEqualTo(first);

        long booked = ledger.bookExpense(nude, "VRIJWILLIGERS", LocalDate.of(2016, 4, 1), new BigDecimal("12.00"),
                "Vergoeding", "Vrijwilliger");
        assertThat(jdbc.queryForObject("select account_id from ledger_entry where id = ?", Long.class, booked))
                .isEqualTo(first.getId());

        var entry = fixtures.entry(nude, fixtures.category("BAR"), LocalDate.of(2016, 4, 2), "5.00", "Bar");
        entry.setAccount(accountRepository.findFirstByCentreIdOrderById(fixtures.centre(POMHORST)).orElseThrow());
        long rows = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        refused(() -> ledger.save(entry, null), "account", "Kies een rekening van dit centrum.");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Long.class)).isEqualTo(rows);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_ledger_shows_each_accounts_running_balance_from_its_opening_balance() {
        long nude = fixtures.centre(NUDE);
        var cash = accounts.addCashBox(nude, "Kas");
        accounts.setOpeningBalance(cash.getId(), 2015, new BigDecimal("100.00"));
        book(nude, cash, "BAR", LocalDate.of(2015, 2, 1), "50.00");
        book(nude, null, "ZAALVERHUUR", LocalDate.of(2015, 2, 1), "400.00");
        book(nude, cash, "ACTIVITEITEN", LocalDate.of(2015, 3, 1), "30.25");
        book(nude, null, "ONDERHOUD", LocalDate.of(2015, 3, 2), "100.10");

        List<LedgerRow> rows = ledger.page(nude, LedgerFilter.year(2015),
                PageRequest.of(0, 50, Sort.by("entryDate", "id"))).getContent();
        // hand-computed: cash 100.00 + 50.00 = 150.00, - 30.25 = 119.75; bank 400.00, - 100.10 = 299.90
        assertThat(rows).extracting(LedgerRow::accountName).containsExactly("Kas", "Bankrekening", "Kas",
                "Bankrekening");
        assertThat(rows).extracting(LedgerRow::balance).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("150.00"), new BigDecimal("400.00"), new BigDecimal("119.75"),
                        new BigDecimal("299.90"));
        // a later page alone still starts from the opening balance
        var second = ledger.page(nude, LedgerFilter.year(2015), PageRequest.of(1, 2, Sort.by("entryDate", "id")));
        assertThat(second.getContent()).extracting(LedgerRow::balance).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("119.75"), new BigDecimal("299.90"));
        assertThat(accounts.balanceOn(cash.getId(), LocalDate.of(2015, 2, 28))).isEqualByComparingTo("150.00");
    }

    @Test
    @WithUserDetails("coordinator")
    void closing_a_year_carries_each_closing_balance_to_the_next_year_and_fixes_the_opening_balance() {
        long nude = fixtures.centre(NUDE);
        var cash = accounts.addCashBox(nude, "Kas");
        accounts.setOpeningBalance(cash.getId(), 2015, new BigDecimal("100.00"));
        book(nude, cash, "BAR", LocalDate.of(2015, 5, 1), "20.50");
        book(nude, cash, "INKOOP", LocalDate.of(2015, 12, 31), "70.00");

        yearClose.close(nude, 2015);

        assertThat(jdbc.queryForObject("select amount from opening_balance where account_id = ? and balance_year = 2016",
                BigDecimal.class, cash.getId())).isEqualByComparingTo("50.50");
        assertThat(accounts.openingBalance(cash.getId(), 2016)).isEqualByComparingTo("50.50");
        refused(() -> accounts.setOpeningBalance(cash.getId(), 2015, new BigDecimal("200.00")), "openingBalance",
                "Het beginsaldo van 2015 ligt vast: dat jaar is afgesloten.");
        assertThat(accounts.openingBalance(cash.getId(), 2015)).isEqualByComparingTo("100.00");
        refused(() -> accounts.setOpeningBalance(cash.getId(), 2016, new BigDecimal("1.005")), "openingBalance",
                "Een bedrag heeft hoogstens twee decimalen (centen); er wordt niets afgerond.");
        assertThat(accounts.openingBalance(cash.getId(), 2016)).isEqualByComparingTo("50.50");
    }

    @Test
    @WithUserDetails("coordinator")
    void an_account_is_renamed_and_its_iban_changed_and_every_refusal_changes_nothing() {
        long nude = fixtures.centre(NUDE);
        var savings = accounts.addBankAccount(nude, "Spaarrekening", "NL91ABNA0417164300");
        var cash = accounts.addCashBox(nude, "Kas");

        refused(() -> accounts.update(savings.getId(), savings.getVersion(), "Reserve", "NL91ABNA0417164301"), "iban",
                "Dit IBAN klopt niet: de controlecijfers kloppen niet. Controleer het nummer.");
        refused(() -> accounts.update(savings.getId(), savings.getVersion(), "Kas", "NL91ABNA0417164300"), "name",
                "Dit centrum heeft al een rekening met de naam Kas.");
        refused(() -> accounts.update(cash.getId(), cash.getVersion(), "Kas", "NL91ABNA0417164300"), "iban",
                "Een kas heeft geen IBAN.");
        assertThat(stored(savings.getId())).containsExactly("Spaarrekening", "NL91ABNA0417164300", "true");

        long version = savings.getVersion();
        var renamed = accounts.update(savings.getId(), version, " Reserve ", "nl44 rabo 0123 4567 89");
        assertThat(stored(savings.getId())).containsExactly("Reserve", "NL44RABO0123456789", "true");
        assertThat(accounts.update(cash.getId(), cash.getVersion(), "Kas bar", "").getName()).isEqualTo("Kas bar");

        // a change made from the version before someone else's save is refused
        assertThatThrownBy(() -> accounts.update(savings.getId(), version, "Buffer", "NL91ABNA0417164300"))
                .satisfies(e -> assertThat(errorMessages.toMessage((RuntimeException) e, BundleI18NProvider.DUTCH)
                        .text()).startsWith("Dit is intussen gewijzigd door iemand anders."));
        assertThat(stored(savings.getId())).containsExactly("Reserve", "NL44RABO0123456789", "true");
        assertThat(renamed.getVersion()).isGreaterThan(version);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_deactivated_account_takes_no_new_entries_and_the_default_account_stays_active() {
        long nude = fixtures.centre(NUDE);
        var first = accounts.accounts(nude).getFirst();
        refused(() -> accounts.setActive(first.getId(), first.getVersion(), false), "active",
                first.getName() + " is de standaardrekening van dit centrum, waarop onder meer subsidies en "
                        + "vergoedingen worden geboekt; die blijft actief.");
        assertThat(stored(first.getId()).get(2)).isEqualTo("true");

        var cash = accounts.addCashBox(nude, "Kas");
        book(nude, cash, "BAR", LocalDate.of(2016, 5, 1), "12.00");
        accounts.setActive(cash.getId(), cash.getVersion(), false);
        assertThat(stored(cash.getId()).get(2)).isEqualTo("false");
        long rows = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        refused(() -> book(nude, cash, "BAR", LocalDate.of(2016, 5, 2), "8.00"), "account",
                "Rekening Kas is inactief; kies een actieve rekening.");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Long.class)).isEqualTo(rows);

        accounts.setActive(cash.getId(), cash.getVersion(), true);
        book(nude, cash, "BAR", LocalDate.of(2016, 5, 2), "8.00");
        assertThat(accounts.balanceOn(cash.getId(), LocalDate.of(2016, 5, 31))).isEqualByComparingTo("20.00");
    }

    @Test
    @WithUserDetails("coordinator")
    void an_account_is_removed_only_while_no_entry_uses_it() {
        long nude = fixtures.centre(NUDE);
        var used = accounts.addCashBox(nude, "Kas");
        book(nude, used, "BAR", LocalDate.of(2016, 6, 1), "5.00");
        int before = accountRows(nude);
        assertThatThrownBy(() -> accounts.remove(used.getId(), used.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(errorMessages.toMessage(e,
                        BundleI18NProvider.DUTCH).text()).isEqualTo("Rekening Kas heeft boekingen en kan niet worden "
                        + "verwijderd. Maak de rekening inactief als er niets meer op geboekt wordt."));
        assertThat(accountRows(nude)).isEqualTo(before);

        var unused = accounts.addBankAccount(nude, "Spaarrekening", "NL91ABNA0417164300");
        accounts.setOpeningBalance(unused.getId(), 2016, new BigDecimal("500.00"));
        accounts.remove(unused.getId(), unused.getVersion());
        assertThat(accountRows(nude)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from opening_balance where account_id = ?", Long.class,
                unused.getId())).isZero();
    }

    @Test
    @WithUserDetails("coordinator2")
    void a_coordinator_of_another_centre_cannot_change_or_remove_an_account() {
        long nude = fixtures.centre(NUDE);
        long id = jdbc.queryForObject("select min(id) from ledger_account where centre_id = ?", Long.class, nude);
        long version = jdbc.queryForObject("select version from ledger_account where id = ?", Long.class, id);
        List<String> before = stored(id);
        assertThatThrownBy(() -> accounts.update(id, version, "Van mij", "NL91ABNA0417164300"))
                .isInstanceOf(nl.ontmoet.base.domain.RecordNotFoundException.class);
        assertThatThrownBy(() -> accounts.remove(id, version))
                .isInstanceOf(nl.ontmoet.base.domain.RecordNotFoundException.class);
        assertThat(stored(id)).isEqualTo(before);
    }

    private List<String> stored(long accountId) {
        accountRepository.flush();
        return jdbc.queryForObject("select name, iban, active from ledger_account where id = ?", (rs, n) -> List.of(
                rs.getString(1), String.valueOf(rs.getString(2)), String.valueOf(rs.getBoolean(3))), accountId);
    }

    private void book(long centreId, LedgerAccount account, String category, LocalDate date, String amount) {
        var entry = fixtures.entry(centreId, fixtures.category(category), date, amount, category);
        if (account != null) {
            entry.setAccount(account);
        }
        ledger.save(entry, null);
    }

    private int accountRows(long centreId) {
        return jdbc.queryForObject("select count(*) from ledger_account where centre_id = ?", Integer.class, centreId);
    }

    private void refused(ThrowingCallable call, String field, String dutch) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(errorMessages.toMessage(e, BundleI18NProvider.DUTCH).text()).isEqualTo(dutch);
        });
    }
}
