package nl.ontmoet.bookkeeping.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class AccountsViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    LedgerAccountRepository accounts;
    @Autowired
    CentreRepository centres;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_adds_a_cash_box_and_sets_its_opening_balance_and_a_bad_iban_is_refused_at_the_field() {
        var view = navigate(AccountsView.class, Map.of("centre", NUDE));
        long nude = centres.findBySlug(NUDE).orElseThrow().getId();
        int before = accounts.findByCentreIdOrderById(nude).size();
        assertThat(test(view.grid).size()).isEqualTo(before);

        test(view.name).setValue("Spaarrekening");
        test(view.iban).setValue("NL91ABNA0417164301");
        test(view.addBank).click();
        assertThat(view.iban.isInvalid()).isTrue();
        assertThat(view.iban.getErrorMessage())
                .isEqualTo("Dit IBAN klopt niet: de controlecijfers kloppen niet. Controleer het nummer.");
        assertThat(accounts.findByCentreIdOrderById(nude)).hasSize(before);

        test(view.name).setValue("Kas");
        test(view.addCash).click();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        var cash = accounts.findByCentreIdOrderById(nude).getLast();
        view.grid.select(cash);
        test(view.openingBalance).setValue(new BigDecimal("250.00"));
        test(view.saveOpening).click();
        assertThat(view.openingBalance.isInvalid()).isFalse();
        assertThat(test(view.grid).getCellText(before, 3)).isEqualTo("€ 250,00");

        // the selected account is changed in the editor: a wrong IBAN is refused at its field, a rename is saved
        var savings = accounts.findByCentreIdOrderById(nude).getFirst();
        view.grid.select(savings);
        test(view.editor.iban).setValue("NL91ABNA0417164301");
        test(view.editor.save).click();
        assertThat(view.editor.iban.getErrorMessage())
                .isEqualTo("Dit IBAN klopt niet: de controlecijfers kloppen niet. Controleer het nummer.");
        view.grid.select(cash);
        assertThat(view.editor.iban.isVisible()).isFalse();
        test(view.editor.name).setValue("Kas bar");
        test(view.editor.save).click();
        assertThat(accounts.findById(cash.getId()).orElseThrow().getName()).isEqualTo("Kas bar");
        assertThat(view.yearEnd.getText()).startsWith("Voorlopige jaarrekening");
    }
}
