package nl.ontmoet.bookkeeping.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.ProposedTransaction;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static nl.ontmoet.bookkeeping.statement.StatementSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class StatementImportViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    LedgerAccountService accounts;
    @Autowired
    CentreRepository centres;
    @Autowired
    CategoryRepository categories;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_imports_the_demo_statement_matching_two_entries_and_sees_the_balance_agree() {
        var account = accounts.accounts(centres.findBySlug(NUDE).orElseThrow().getId()).getFirst();
        accounts.setOpeningBalance(account.getId(), 2026, new BigDecimal("5000.00"));
        var accountsView = navigate(AccountsView.class, Map.of("centre", NUDE));
        assertThat(accountsView.importStatement.isVisible()).isTrue();
        test(accountsView.importStatement).click();
        var view = (StatementImportView) getCurrentView();
        long before = entries();

        view.statementChosen(sample("demo-camt053.xml"));
        assertThat(view.fileError.getText()).isEmpty();
        assertThat(view.summary.getText()).isEqualTo("CAMT.053-afschrift van 09-11-2026 tot en met 13-11-2026: "
                + "5 nieuwe transacties, 0 al eerder ingelezen en overgeslagen.");
        assertThat(test(view.grid).size()).isEqualTo(5);
        assertThat(view.grid.choices()).filteredOn(c -> c.matchedEntryId() != null).hasSize(2);
        List<ProposedTransaction> rows = view.grid.getGenericDataView().getItems().toList();
        choose(view, rows.get(1), "BANKKOSTEN");
        choose(view, rows.get(3), "BIJDRAGEN");
        choose(view, rows.get(4), "MARKETING");
        assertThat(view.balances.getText()).startsWith("Eindsaldo volgens het afschrift: € 32.084,45.")
                .endsWith("na het inlezen: € 32.084,45.");

        view.importStatement();
        assertThat(view.outcome.getText()).isEqualTo("Het saldo klopt: het eindsaldo van het afschrift op "
                + "13-11-2026 is € 32.084,45, en dat is ook het saldo in Ontmoet.");
        assertThat(entries()).isEqualTo(before + 3);

        view.statementChosen(sample("demo-camt053.xml"));
        assertThat(view.summary.getText()).isEqualTo(
                "Alle 5 transacties van dit afschrift zijn al eerder ingelezen; er is niets toe te voegen.");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_file_that_is_no_statement_is_refused_at_the_upload_and_nothing_is_proposed() {
        var view = navigate(StatementImportView.class, Map.of("centre", NUDE));
        view.statementChosen(sample("not-a-statement.csv"));
        assertThat(view.fileError.getText())
                .isEqualTo("Dit bestand is geen bankafschrift in CAMT.053- of MT940-formaat; er is niets ingelezen.");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.confirm.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_that_only_the_coordinator_imports() {
        var view = navigate(StatementImportView.class, Map.of("centre", NUDE));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Alleen de coördinator van dit centrum leest bankafschriften in.");
        assertThat(view.upload.isAttached()).isFalse();
        var accountsView = navigate(AccountsView.class, Map.of("centre", NUDE));
        assertThat(accountsView.importStatement.isVisible()).isFalse();
    }

    private void choose(StatementImportView view, ProposedTransaction row, String code) {
        var category = categories.findByCode(code).orElseThrow();
        var field = view.grid.categoryField(row);
        field.setValue(field.getListDataView().getItems().filter(category::equals).findFirst().orElseThrow());
    }

    private long entries() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }
}
