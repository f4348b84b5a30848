package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class LedgerViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    CentreRepository centres;
    @Autowired
    CategoryRepository categories;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_books_an_entry_and_bad_input_is_refused_at_the_field() {
        var view = navigate(LedgerView.class, Map.of("centre", NUDE));
        long nude = centres.findBySlug(NUDE).orElseThrow().getId();
        long before = entries.countByCentreId(nude);
        assertThat(test(view.grid).size()).isPositive();
        String expenseBefore = view.totals.expense.getText();

        test(view.create).click();
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.account.getValue().getName()).as("the default account is chosen").isEqualTo("Bankrekening");
        assertThat(test(view.grid).getCellText(0, 7)).as("running balance of the account").startsWith("€");
        test(view.form.amount).setValue(BigDecimal.ZERO);
        test(view.form.category).selectItem("Activiteiten");
        test(view.form.description).setValue("Koffie en thee");
        test(view.form.save).click();
        assertThat(view.form.amount.isInvalid()).isTrue();
        assertThat(view.form.amount.getErrorMessage()).startsWith("Het bedrag moet groter zijn dan nul");
        assertThat(entries.countByCentreId(nude)).isEqualTo(before);

        test(view.form.amount).setValue(new BigDecimal("12.345"));
        test(view.form.save).click();
        assertThat(view.form.amount.getErrorMessage()).isEqualTo("Een bedrag heeft hoogstens twee cijfers achter de komma.");

        // an income category for an expense is refused at the category
        view.form.direction.setValue(Direction.INCOME);
        test(view.form.amount).setValue(new BigDecimal("12.50"));
        test(view.form.save).click();
        assertThat(view.form.category.isInvalid()).isTrue();
        assertThat(view.form.category.getErrorMessage()).contains("hoort niet bij deze soort");
        assertThat(entries.countByCentreId(nude)).isEqualTo(before);

        view.form.direction.setValue(Direction.EXPENSE);
        test(view.form.description).setValue("");
        test(view.form.save).click();
        assertThat(view.form.description.isInvalid()).isTrue();
        assertThat(entries.countByCentreId(nude)).isEqualTo(before);

        test(view.form.description).setValue("Koffie en thee");
        test(view.form.entryDate).setValue(TestClock.TODAY);
        test(view.form.save).click();
        assertThat(entries.countByCentreId(nude)).isEqualTo(before + 1);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).contains("Koffie en thee");
        assertThat(view.totals.expense.getText()).isNotEqualTo(expenseBefore);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_filters_narrow_the_grid_and_the_totals() {
        var view = navigate(LedgerView.class, Map.of("centre", NUDE));
        int all = test(view.grid).size();
        test(view.filters.search).setValue("Huur gebouw");
        int rent = test(view.grid).size();
        assertThat(rent).isPositive().isLessThan(all);
        assertThat(view.totals.income.getText()).isEqualTo("Inkomsten: € 0,00");
        test(view.filters.search).setValue("");
        test(view.filters.direction).selectItem("Inkomsten");
        assertThat(view.totals.expense.getText()).isEqualTo("Uitgaven: € 0,00");
        test(view.filters.from).setValue(LocalDate.of(2001, 1, 1));
        test(view.filters.to).setValue(LocalDate.of(2001, 12, 31));
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_ledger_read_only() {
        var view = navigate(LedgerView.class, Map.of("centre", NUDE));
        assertThat(view.create.isVisible()).isFalse();
        test(view.grid).select(0);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.amount.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_ledger_is_not_found() {
        navigate("centres/" + NUDE + "/ledger", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_corrects_a_chosen_entry_with_a_storno_that_refers_to_it() {
        var view = navigate(LedgerView.class, Map.of("centre", NUDE));
        long nude = centres.findBySlug(NUDE).orElseThrow().getId();
        long before = entries.countByCentreId(nude);
        assertThat(view.correct.isVisible()).isFalse();

        var chosen = test(view.grid).getRow(0);
        view.grid.select(chosen);
        assertThat(view.correct.isVisible()).isTrue();
        test(view.correct).click();

        assertThat(entries.countByCentreId(nude)).isEqualTo(before + 1);
        var storno = entries.findAll().stream().filter(e -> e.getCorrects() != null
                && e.getCorrects().getId().equals(chosen.id())).findFirst().orElseThrow();
        assertThat(storno.getAmount()).isEqualByComparingTo(chosen.amount().negate());
        assertThat(storno.getEntryDate()).isEqualTo(TestClock.TODAY);
    }
}
