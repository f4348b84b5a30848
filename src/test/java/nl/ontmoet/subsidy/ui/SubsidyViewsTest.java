package nl.ontmoet.subsidy.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subsidy screens per role on the demo data; every change is rolled back. */
@SpringBootTest
@Transactional
class SubsidyViewsTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    JdbcTemplate jdbc;

    private long applications() {
        return jdbc.queryForObject("select count(*) from subsidy_application", Long.class);
    }

    private long demo(String title) {
        return jdbc.queryForObject("select id from subsidy_application where title = ?", Long.class, title);
    }

    private ApplicationForm newForm() {
        var view = navigate(ApplicationView.class, Map.of("centre", NUDE, "application", "new"));
        var form = view.form;
        test(form.scheme).selectItem(form.scheme.getListDataView().getItems()
                .filter(s -> s.getName().startsWith("Buurtinitiatieven")).findFirst().orElseThrow().getName()
                + " (" + TestClock.TODAY.getYear() + ")");
        test(form.title).setValue("Formulier: buurtfeest");
        return form;
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinator_sees_the_centres_applications_and_may_start_one() {
        var view = navigate(CentreSubsidiesView.class, Map.of("centre", NUDE));
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(view.newApplication.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void the_application_form_refuses_bad_amounts_at_the_field_and_stores_nothing() {
        long before = applications();
        var form = newForm();
        test(form.requestedAmount).setValue(BigDecimal.ZERO);
        test(form.save).click();
        assertThat(form.requestedAmount.isInvalid()).isTrue();
        assertThat(applications()).isEqualTo(before);

        test(form.requestedAmount).setValue(new BigDecimal("50000.01"));
        test(form.save).click();
        assertThat(form.requestedAmount.isInvalid()).isTrue();
        assertThat(form.requestedAmount.getErrorMessage()).contains("plafond");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void submitting_without_every_part_is_refused_and_the_draft_stays_a_draft() {
        var form = newForm();
        test(form.requestedAmount).setValue(new BigDecimal("750"));
        test(form.purpose).setValue("Buren leren elkaar kennen");
        test(form.submit).click();
        assertThat(test($(Notification.class).last()).getText()).contains("nodig");
        assertThat(jdbc.queryForObject("select status from subsidy_application where title = ?", String.class,
                "Formulier: buurtfeest")).isEqualTo("DRAFT");
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_coordinator_gets_not_found_by_url() {
        navigate("centres/" + NUDE + "/subsidies/" + demo("Zomerprogramma voor ouderen"), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("centres/" + NUDE + "/subsidies", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("centres/wijkcentrum-de-pomhorst/subsidies/" + demo("Zomerprogramma voor ouderen"),
                NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinators_may_not_open_the_manager_screens() {
        long schemes = jdbc.queryForObject("select count(*) from subsidy_scheme", Long.class);
        assertThatThrownBy(() -> navigate(SchemesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(SchemesView.class);
        assertThatThrownBy(() -> navigate(ReviewView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ReviewView.class);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_scheme", Long.class)).isEqualTo(schemes);
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_sees_the_queue_and_a_rejection_needs_a_reason() {
        var review = navigate(ReviewView.class);
        assertThat(test(review.grid).size()).isGreaterThanOrEqualTo(1);
        long id = demo("Taalcafé en huiswerkhulp");
        var view = navigate(ApplicationView.class, Map.of("centre", "buurthuis-ons-huis", "application",
                String.valueOf(id)));
        assertThat(view.form).isNull();
        test(view.decision.reject).click();
        assertThat(confirm()).startsWith("U wijst \"Taalcafé en huiswerkhulp\" af");
        assertThat(view.decision.reason.isInvalid()).isTrue();
        test(view.decision.grantedAmount).setValue(new BigDecimal("9999"));
        test(view.decision.grant).click();
        assertThat(confirm()).startsWith("U verleent € 9.999,00 (gevraagd: ")
                .endsWith("De beschikking wordt meteen gemaakt en verstuurd aan de beheerder; daarna is ze niet meer"
                        + " te wijzigen.");
        assertThat(view.decision.grantedAmount.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select status from subsidy_application where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    @Test
    @WithUserDetails("manager")
    void the_scheme_form_refuses_a_window_that_closes_before_it_opens() {
        var view = navigate(SchemesView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        long before = jdbc.queryForObject("select count(*) from subsidy_scheme", Long.class);
        test(view.newScheme).click();
        var form = view.form;
        test(form.name).setValue("Formulier: regeling");
        test(form.year).setValue(2027);
        test(form.ceiling).setValue(new BigDecimal("1000"));
        test(form.opensOn).setValue(java.time.LocalDate.of(2027, 5, 1));
        test(form.closesOn).setValue(java.time.LocalDate.of(2027, 4, 1));
        test(form.save).click();
        assertThat(form.regulation.isInvalid()).isTrue();
        assertThat(form.regulation.getErrorMessage()).isEqualTo(
                "Vul de verordening in waarop de regeling berust; elke beschikking noemt haar.");
        assertThat(form.article.isInvalid()).isTrue();
        test(form.regulation).setValue("Subsidieverordening welzijn 2027");
        test(form.article).setValue("artikel 3");
        test(form.save).click();
        assertThat(form.closesOn.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from subsidy_scheme", Long.class)).isEqualTo(before);
    }

    /** Confirms the open confirmation dialog and returns what it said. */
    private String confirm() {
        var dialog = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last();
        assertThat(dialog.isOpened()).isTrue();
        var text = dialog.getElement().getProperty("message");
        test(dialog).confirm();
        return text;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from subsidy_application where id = ?", String.class, id);
    }

    private long reports(long id) {
        return jdbc.queryForObject("select count(*) from subsidy_report where application_id = ?", Long.class, id);
    }

    @Test
    @WithUserDetails("manager")
    void a_grant_with_a_report_deadline_in_the_past_is_refused_at_the_field() {
        long id = demo("Taalcafé en huiswerkhulp");
        var view = navigate(ApplicationView.class, Map.of("centre", "buurthuis-ons-huis", "application",
                String.valueOf(id)));
        assertThat(view.decision.reportDueOn.getValue()).isNotNull();
        test(view.decision.reportDueOn).setValue(TestClock.TODAY.minusDays(1));
        test(view.decision.grant).click();
        assertThat(view.decision.reportDueOn.isInvalid()).isFalse();
        assertThat(confirm()).contains("De verantwoording moet uiterlijk "
                + nl.ontmoet.base.format.Formats.DUTCH.date(TestClock.TODAY.minusDays(1)) + " binnen zijn.");
        assertThat(view.decision.reportDueOn.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinator_reports_on_a_granted_application_and_a_negative_cost_is_refused_at_its_line() {
        long id = demo("Zomerprogramma voor ouderen");
        var view = navigate(ApplicationView.class, Map.of("centre", NUDE, "application", String.valueOf(id)));
        assertThat(view.decisionLetter).isNotNull();
        assertThat(view.settlementLetter).isNull();
        var report = view.report;
        assertThat(report.costs).isNotEmpty();
        var firstCost = report.costs.values().iterator().next();
        test(firstCost).setValue(new BigDecimal("-5"));
        test(report.actualActivities).setValue(14);
        test(report.actualVisitors).setValue(300);
        test(report.actualVolunteers).setValue(12);
        test(report.explanation).setValue("Twee filmmiddagen minder dan gepland.");
        test(report.submit).click();
        assertThat(firstCost.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("GRANTED");
        assertThat(reports(id)).isZero();

        test(firstCost).setValue(new BigDecimal("1200"));
        test(report.submit).click();
        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(reports(id)).isEqualTo(1);
        assertThat(view.report).isNull();
        assertThat(view.getChildren().anyMatch(ReportSummary.class::isInstance)).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_settles_a_reported_application_below_the_grant_with_a_remark() {
        long id = demo("Buurtmoestuin achter het buurthuis");
        var view = navigate(ApplicationView.class, Map.of("centre", "buurthuis-ons-huis", "application",
                String.valueOf(id)));
        assertThat(view.getChildren().anyMatch(ReportSummary.class::isInstance)).isTrue();
        var settlement = view.settlement;
        test(settlement.finalAmount).setValue(new BigDecimal("6000.01"));
        test(settlement.settle).click();
        assertThat(settlement.finalAmount.isInvalid()).isTrue();
        test(settlement.finalAmount).setValue(new BigDecimal("5200"));
        assertThat(settlement.toRepay.getText()).contains("Nog te betalen aan het centrum: € 5.200,00");
        test(settlement.settle).click();
        assertThat(settlement.remark.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("REPORTED");

        test(settlement.remark).setValue("Twee tuinochtenden vervielen.");
        test(settlement.settle).click();
        assertThat(status(id)).isEqualTo("SETTLED");
        assertThat(view.settlement).isNull();
        assertThat(view.settlementLetter).isNotNull();

        var payments = view.payments;
        var line = payments.lines.getListDataView().getItems().toList();
        assertThat(line).singleElement().satisfies(p -> assertThat(p.getAmount()).isEqualByComparingTo("5200"));
        payments.select(line.getFirst());
        test(payments.reference).setValue("BANK-77");
        test(payments.confirm).click();
        assertThat(jdbc.queryForObject("select paid_on from subsidy_payment where id = ?", java.time.LocalDate.class,
                line.getFirst().getId())).isNotNull();
        assertThat(view.payments.summary.getText()).contains("Ontvangen door het centrum: € 5.200,00");

        var stale = view.payments;
        stale.select(line.getFirst());
        test(stale.confirm).click();
        assertThat(stale.paidOn.isInvalid()).isTrue();
        assertThat(stale.paidOn.getErrorMessage()).startsWith("Deze betaling is al als betaald gemarkeerd op ");
        assertThat(jdbc.queryForObject("select reference from subsidy_payment where id = ?", String.class,
                line.getFirst().getId())).isEqualTo("BANK-77");
    }

    @Test
    @WithUserDetails("coordinator2")
    void a_settled_application_shows_both_letters_and_no_actions() {
        long id = demo("Wijkkrant De Pomhorst");
        var view = navigate(ApplicationView.class, Map.of("centre", "wijkcentrum-de-pomhorst", "application",
                String.valueOf(id)));
        assertThat(view.decisionLetter).isNotNull();
        assertThat(view.settlementLetter).isNotNull();
        assertThat(view.report).isNull();
        assertThat(view.settlement).isNull();
        assertThat(view.decision).isNull();
    }
}
