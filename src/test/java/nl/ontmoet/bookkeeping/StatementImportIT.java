package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.bookkeeping.service.ImportChoice;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.ProposedTransaction;
import nl.ontmoet.bookkeeping.service.StatementImportService;
import nl.ontmoet.bookkeeping.service.StatementProposal;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static nl.ontmoet.bookkeeping.statement.StatementSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
@WithUserDetails("coordinator2")
class StatementImportIT {

    static final String IBAN = "NL91ABNA0417164300";

    @Autowired
    StatementImportService statements;
    @Autowired
    LedgerAccountService accounts;
    @Autowired
    LedgerService ledger;
    @Autowired
    YearCloseService yearClose;
    @Autowired
    CategoryRepository categories;
    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    ErrorMessages errorMessages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    /** Pomhorst's second bank account, the one of the sample statements, holding € 1.000 on 1 January 2026. */
    private LedgerAccount account() {
        var account = accounts.addBankAccount(fixtures.centre(POMHORST), "Lopende rekening ABN AMRO", IBAN);
        accounts.setOpeningBalance(account.getId(), 2026, new BigDecimal("1000.00"));
        return account;
    }

    @Test
    void a_statement_imported_twice_adds_nothing_and_an_overlapping_one_adds_only_its_new_transactions() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();

        var first = statements.read(pomhorst, sample("camt053-week45.xml"));
        assertThat(first.accountId()).isEqualTo(account.getId());
        assertThat(first.transactions()).hasSize(5);
        assertThat(first.skipped()).isZero();
        var result = statements.confirm(pomhorst, first, choose(first));
        assertThat(result.created()).isEqualTo(5);
        assertThat(result.reconciles()).isTrue();
        assertThat(result.balanceInOntmoet()).isEqualByComparingTo("468.15");
        assertThat(rows(account)).isEqualTo(5);
        var rent = entries.findAll().stream().filter(e -> "ABN2026110300002".equals(e.getBankReference()))
                .findFirst().orElseThrow();
        assertThat(rent.getCounterparty()).isEqualTo("Woonstichting Thuis");
        assertThat(rent.getCounterpartyIban()).isEqualTo("NL20INGB0001234567");
        assertThat(rent.getDescription()).isEqualTo("Huur gebouw november");
        assertThat(rent.getDirection()).isEqualTo(Direction.EXPENSE);
        assertThat(rent.getAmount()).isEqualByComparingTo("1650.00");

        var again = statements.read(pomhorst, sample("camt053-week45.xml"));
        assertThat(again.transactions()).isEmpty();
        assertThat(again.skipped()).isEqualTo(5);
        assertThat(statements.confirm(pomhorst, again, List.of()).created()).isZero();
        assertThat(rows(account)).isEqualTo(5);

        var overlapping = statements.read(pomhorst, sample("camt053-week45-46.xml"));
        assertThat(overlapping.skipped()).isEqualTo(2);
        assertThat(overlapping.transactions()).extracting(t -> t.transaction().description())
                .containsExactly("Energie voorschot november", "Koffie", "Koffie");
        var second = statements.confirm(pomhorst, overlapping, choose(overlapping));
        assertThat(second.created()).isEqualTo(3);
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(second.balanceInOntmoet()).isEqualByComparingTo("-139.25");
        assertThat(second.reconciles()).isTrue();
        assertThat(rows(account)).isEqualTo(8);
    }

    @Test
    void the_category_chosen_last_for_a_counterparty_is_suggested_by_iban_in_the_next_statement() {
        long pomhorst = fixtures.centre(POMHORST);
        account();
        accounts.addBankAccount(pomhorst, "Spaarrekening ING", "NL35INGB0004455667");
        var first = statements.read(pomhorst, sample("camt053-week45.xml"));
        statements.confirm(pomhorst, first, choose(first));

        var mt940 = statements.read(pomhorst, sample("mt940-ing.sta"));
        assertThat(mt940.statement().format()).isEqualTo("MT940");
        Map<String, Long> suggested = mt940.transactions().stream().filter(t -> t.suggestedCategoryId() != null)
                .collect(java.util.stream.Collectors.toMap(t -> t.transaction().counterpartyName(),
                        ProposedTransaction::suggestedCategoryId));
        assertThat(suggested).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Stichting Buurtbelang", category("ZAALVERHUUR"), "Woonstichting Thuis", category("HUUR_ENERGIE")));
        assertThat(mt940.transactions().get(2).suggestedCategoryId()).isNull();
    }

    @Test
    void a_transaction_is_matched_to_the_entry_typed_by_hand_which_then_carries_the_bank_reference() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();
        long typed = typeByHand(pomhorst, account, LocalDate.of(2026, 11, 1), "1650.00", "HUUR_ENERGIE");
        long tooEarly = typeByHand(pomhorst, account, LocalDate.of(2026, 10, 20), "184.35", "ACTIVITEITEN");

        var proposal = statements.read(pomhorst, sample("camt053-week45.xml"));
        var rent = proposal.transactions().get(1);
        assertThat(rent.proposedMatchId()).isEqualTo(typed);
        assertThat(rent.candidates()).extracting(c -> c.id()).containsExactly(typed);
        assertThat(proposal.transactions().get(2).candidates()).isEmpty();
        var result = statements.confirm(pomhorst, proposal, choose(proposal));

        assertThat(result.created()).isEqualTo(4);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(rows(account)).isEqualTo(6);
        var matched = entries.findById(typed).orElseThrow();
        assertThat(matched.getBankReference()).isEqualTo("ABN2026110300002");
        assertThat(matched.getFingerprint()).isNotNull();
        assertThat(entries.findById(tooEarly).orElseThrow().getBankReference()).isNull();
        // the entry typed in October counts too: it was no transaction of this statement
        assertThat(result.difference()).isEqualByComparingTo("184.35");
        assertThat(statements.read(pomhorst, sample("camt053-week45.xml")).skipped()).isEqualTo(5);
    }

    @Test
    void a_closing_balance_that_differs_from_ontmoet_is_shown_as_the_difference() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();
        accounts.setOpeningBalance(account.getId(), 2026, new BigDecimal("900.00"));
        var proposal = statements.read(pomhorst, sample("camt053-week45.xml"));
        assertThat(proposal.balanceBefore()).isEqualByComparingTo("900.00");
        var result = statements.confirm(pomhorst, proposal, choose(proposal));
        assertThat(result.reconciles()).isFalse();
        assertThat(result.balanceInOntmoet()).isEqualByComparingTo("368.15");
        assertThat(result.difference()).isEqualByComparingTo("100.00");
    }

    @Test
    void files_that_are_no_statement_are_cut_off_or_are_of_another_account_are_refused_and_nothing_is_stored() {
        long pomhorst = fixtures.centre(POMHORST);
        account();
        long before = allEntries();
        refused(() -> statements.read(pomhorst, sample("not-a-statement.csv")),
                "Dit bestand is geen bankafschrift in CAMT.053- of MT940-formaat; er is niets ingelezen.");
        refused(() -> statements.read(pomhorst, sample("camt053-truncated.xml")),
                "Het afschrift is onvolledig of beschadigd (misschien is het downloaden afgebroken); er is niets ingelezen.");
        refused(() -> statements.read(pomhorst, sample("mt940-truncated.sta")),
                "Het afschrift is onvolledig of beschadigd (misschien is het downloaden afgebroken); er is niets ingelezen.");
        refused(() -> statements.read(pomhorst, sample("camt053-foreign-account.xml")),
                "Dit afschrift is van rekening DE89370400440532013000, en die rekening heeft dit centrum niet. "
                        + "Voeg haar eerst toe bij Rekeningen; er is niets ingelezen.");
        assertThat(allEntries()).isEqualTo(before);
    }

    @Test
    void a_statement_with_a_transaction_in_a_closed_year_is_refused_as_a_whole() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();
        var proposal = statements.read(pomhorst, sample("camt053-year-end.xml"));
        assertThat(proposal.transactions()).hasSize(2);
        yearClose.close(pomhorst, 2025);
        long before = allEntries();

        refused(() -> statements.confirm(pomhorst, proposal, choose(proposal)),
                "De transactie van 30-12-2025 valt in 2025, en dat jaar is afgesloten. Er is niets ingelezen; "
                        + "boek een correctie in het open jaar.");
        assertThat(allEntries()).isEqualTo(before);
        assertThat(rows(account)).isZero();
    }

    @Test
    void every_new_transaction_needs_a_category_or_a_match_else_nothing_is_imported() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();
        var proposal = statements.read(pomhorst, sample("camt053-week45.xml"));
        var some = choose(proposal).subList(0, 2);
        refused(() -> statements.confirm(pomhorst, proposal, some),
                "Kies een categorie voor elke transactie die geen bestaande boeking is: 3 hebben er nog geen. "
                        + "Er is niets ingelezen.");
        assertThat(rows(account)).isZero();
    }

    @Test
    void a_proposal_confirmed_twice_adds_nothing_the_second_time_and_one_entry_is_matched_once() {
        long pomhorst = fixtures.centre(POMHORST);
        var account = account();
        long typed = typeByHand(pomhorst, account, LocalDate.of(2026, 11, 3), "184.35", "ACTIVITEITEN");
        var proposal = statements.read(pomhorst, sample("camt053-week45.xml"));
        var twice = proposal.transactions().stream().map(t -> new ImportChoice(t.line(), byCounterparty(t),
                t.line() == 1 || t.line() == 2 ? typed : null)).toList();
        refused(() -> statements.confirm(pomhorst, proposal, twice),
                "Eén boeking is aan twee transacties gekoppeld. Koppel elke boeking aan één transactie; "
                        + "er is niets ingelezen.");
        assertThat(rows(account)).isEqualTo(1);

        var wrongAmount = proposal.transactions().stream().map(t -> new ImportChoice(t.line(), byCounterparty(t),
                t.line() == 1 ? typed : null)).toList();
        refused(() -> statements.confirm(pomhorst, proposal, wrongAmount),
                "De boeking die aan de transactie van 03-11-2026 (€ 1.650,00) gekoppeld zou worden, past niet meer "
                        + "of is al gekoppeld. Lees het afschrift opnieuw in; er is niets ingelezen.");

        assertThat(statements.confirm(pomhorst, proposal, choose(proposal)).matched()).isEqualTo(1);
        var second = statements.confirm(pomhorst, proposal, choose(proposal));
        assertThat(second.created()).isZero();
        assertThat(second.skipped()).isEqualTo(5);
        assertThat(rows(account)).isEqualTo(5);
    }

    @Test
    void only_the_centres_coordinators_import_statements() {
        long pomhorst = fixtures.centre(POMHORST);
        account();
        byte[] file = sample("camt053-week45.xml");
        for (String other : List.of("manager", "admin", "coach", "coordinator")) {
            users.as(other, () -> {
                assertThatThrownBy(() -> statements.read(pomhorst, file)).isInstanceOf(RecordNotFoundException.class);
            });
            assertThat(users.<Boolean>as(other, () -> statements.canImport(pomhorst))).isFalse();
        }
        assertThat(statements.canImport(pomhorst)).isTrue();
    }

    /**
     * The demo statement of Huis van de Wijk De Nude: two of its five transactions are demo entries typed by hand
     * (matched), three are new; with an opening balance of € 5.000,00 on 1 January the account reconciles.
     */
    @Test
    @WithUserDetails("coordinator")
    void the_demo_statement_matches_the_demo_entries_and_reconciles_with_an_opening_balance_of_5000() {
        long nude = fixtures.centre(NUDE);
        var account = accounts.accounts(nude).getFirst();
        accounts.setOpeningBalance(account.getId(), 2026, new BigDecimal("5000.00"));
        var proposal = statements.read(nude, sample("demo-camt053.xml"));
        assertThat(proposal.accountId()).isEqualTo(account.getId());
        assertThat(proposal.balanceBefore()).isEqualByComparingTo(accounts.balanceOn(account.getId(),
                LocalDate.of(2026, 11, 13)));
        assertThat(accounts.balanceOn(account.getId(), LocalDate.of(2026, 11, 8))).isEqualByComparingTo("31089.85");
        assertThat(proposal.transactions()).extracting(t -> t.proposedMatchId() != null)
                .containsExactly(true, false, true, false, false);

        var result = statements.confirm(nude, proposal, choose(proposal));
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.closingBalance()).isEqualByComparingTo("32084.45");
        assertThat(result.reconciles()).isTrue();
    }

    /** The suggestion or the proposed match where there is one, otherwise the first category of the direction. */
    private List<ImportChoice> choose(StatementProposal proposal) {
        return proposal.transactions().stream().map(t -> new ImportChoice(t.line(),
                t.suggestedCategoryId() != null ? t.suggestedCategoryId() : byCounterparty(t),
                t.proposedMatchId())).toList();
    }

    private long byCounterparty(ProposedTransaction proposed) {
        var t = proposed.transaction();
        String code = t.counterpartyName() == null ? "BANKKOSTEN" : switch (t.counterpartyName()) {
            case "Stichting Buurtbelang", "Koffiepot" -> "ZAALVERHUUR";
            case "Woonstichting Thuis", "Energiebedrijf Oost" -> "HUUR_ENERGIE";
            case "J. de Vries" -> "BIJDRAGEN";
            default -> t.direction() == Direction.INCOME ? "BIJDRAGEN" : "ACTIVITEITEN";
        };
        return category(code);
    }

    private long category(String code) {
        return categories.findByCode(code).orElseThrow().getId();
    }

    private long typeByHand(long centreId, LedgerAccount account, LocalDate date, String amount, String code) {
        var entry = ledger.newEntry(centreId);
        entry.setAccount(account);
        entry.setEntryDate(date);
        entry.setAmount(new BigDecimal(amount));
        entry.setDirection(Direction.EXPENSE);
        entry.setCategory(categories.findByCode(code).orElseThrow());
        entry.setDescription("Met de hand: " + code);
        return ledger.save(entry, null).getId();
    }

    private long rows(LedgerAccount account) {
        return jdbc.queryForObject("select count(*) from ledger_entry where account_id = ?", Long.class, account.getId());
    }

    private long allEntries() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }

    private void refused(ThrowingCallable call, String dutch) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(errorMessages.toMessage(e, BundleI18NProvider.DUTCH).text()).isEqualTo(dutch));
    }
}
