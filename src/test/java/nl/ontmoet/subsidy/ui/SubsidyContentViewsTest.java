package nl.ontmoet.subsidy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.subsidy.TestFiles;
import nl.ontmoet.subsidy.service.DeadlineKind;
import nl.ontmoet.subsidy.service.DeadlineRow;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.ontmoet.subsidy.SubsidyFixture.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget, attachment, version, review-context and deadline screens on the demo data; rolled back. */
@SpringBootTest
@Transactional
class SubsidyContentViewsTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubsidyDraftService drafts;
    @Autowired
    SubsidySchemeService schemes;

    private long count(String table, long applicationId) {
        return jdbc.queryForObject("select count(*) from " + table + " where application_id = ?", Long.class,
                applicationId);
    }

    private long demo(String title) {
        return jdbc.queryForObject("select id from subsidy_application where title = ?", Long.class, title);
    }

    /** A draft of De Nude by the logged-in coordinator, opened in the application view. */
    private ApplicationView openNewDraft() {
        var scheme = schemes.notClosed().stream().filter(s -> s.getName().startsWith("Buurtinitiatieven"))
                .findFirst().orElseThrow();
        long centre = jdbc.queryForObject("select id from centre where slug = ?", Long.class, NUDE);
        long id = drafts.saveDraft(centre, null, complete(scheme, "Scherm: buurtmoestuin", "1500")).getId();
        return navigate(ApplicationView.class, Map.of("centre", NUDE, "application", String.valueOf(id)));
    }

    private long idOf(ApplicationView view) {
        return jdbc.queryForObject("select id from subsidy_application where title = 'Scherm: buurtmoestuin'",
                Long.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinator_copies_the_centre_budget_and_bad_lines_are_refused_at_the_field() {
        var view = openNewDraft();
        long id = idOf(view);
        var budget = view.budget;
        assertThat(budget.empty.isVisible()).isTrue();
        test(budget.copy).click();
        assertThat(test(budget.grid).size()).isPositive();
        assertThat(budget.totals.getElement().getTextRecursively()).contains("Totale kosten").contains("€");
        long lines = count("subsidy_budget_line", id);
        assertThat(lines).isEqualTo(test(budget.grid).size());

        test(budget.category).selectItem("Personeel (uitgaven)");
        test(budget.amount).setValue(new BigDecimal("-5"));
        test(budget.add).click();
        assertThat(budget.amount.isInvalid()).isTrue();
        assertThat(budget.amount.getErrorMessage()).contains("negatief");
        assertThat(count("subsidy_budget_line", id)).isEqualTo(lines);

        test(budget.amount).setValue(new BigDecimal("5"));
        test(budget.add).click();
        assertThat(budget.category.isInvalid()).isTrue();
        assertThat(budget.category.getErrorMessage()).contains("al een regel");
        assertThat(count("subsidy_budget_line", id)).isEqualTo(lines);
    }

    @Test
    @WithUserDetails("coordinator")
    void attachments_of_the_wrong_type_are_refused_and_good_ones_listed() {
        var view = openNewDraft();
        long id = idOf(view);
        view.attachments.attachmentChosen("plan.pdf", TestFiles.pdf());
        assertThat(view.attachments.list.getChildren().filter(ListItem.class::isInstance)).hasSize(1);
        assertThat(view.attachments.list.getElement().getTextRecursively()).contains("plan.pdf");

        view.attachments.attachmentChosen("stiekem.pdf", TestFiles.text());
        assertThat(test($(Notification.class).last()).getText()).contains("geen PDF");
        view.attachments.attachmentChosen("groot.pdf", TestFiles.tooLargePdf());
        assertThat(test($(Notification.class).last()).getText()).contains("10 MB");
        assertThat(count("subsidy_attachment", id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_sees_the_version_the_centres_budget_and_earlier_applications() {
        long id = demo("Taalcafé en huiswerkhulp");
        var view = navigate(ApplicationView.class, Map.of("centre", "buurthuis-ons-huis", "application",
                String.valueOf(id)));
        assertThat(view.versions.list.getElement().getTextRecursively()).contains("Versie 1 — ingediend");
        view.versions.show(1);
        assertThat(view.versions.shown.getElement().getTextRecursively()).contains("Taalcafé en huiswerkhulp")
                .contains("Begroting taalcafe.pdf").doesNotContain("gewijzigd");
        assertThat(view.reviewContext).isNotNull();
        assertThat(test(view.reviewContext.budget).size()).isPositive();
        assertThat(test(view.reviewContext.earlier).size()).isPositive();
        assertThat(view.budget.editRow().isVisible()).isFalse();
        assertThat(view.attachments.upload.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void the_deadlines_say_in_words_when_a_report_is_late() {
        var view = navigate(DeadlinesView.class);
        List<DeadlineRow> rows = view.grid.getListDataView().getItems().toList();
        var late = rows.stream().filter(r -> r.title().equals("Zomerweek voor kinderen")).findFirst().orElseThrow();
        assertThat(late.kind()).isEqualTo(DeadlineKind.REPORT_OVERDUE);
        assertThat(view.grid.termText(late)).isEqualTo("Te laat, 12 dagen");
        var soon = rows.stream().filter(r -> r.title().equals("Straatfeest Oosterstraat")).findFirst().orElseThrow();
        assertThat(view.grid.termText(soon)).isEqualTo("Nog 20 dagen");
        assertThat(rows).anyMatch(r -> r.kind() == DeadlineKind.DECISION
                && r.title().equals("Taalcafé en huiswerkhulp"));
        assertThat(rows.getFirst().kind()).isEqualTo(DeadlineKind.REPORT_OVERDUE);
        var decision = rows.stream().filter(r -> r.kind() == DeadlineKind.DECISION).findFirst().orElseThrow();
        assertThat(view.grid.kindText(decision)).isEqualTo("Besluit nemen");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_centre_page_shows_its_own_deadlines_and_coordinators_cannot_open_the_overview() {
        var view = navigate(CentreSubsidiesView.class, Map.of("centre", NUDE));
        var rows = view.deadlines.getListDataView().getItems().toList();
        assertThat(rows).extracting(DeadlineRow::title).contains("Zomerweek voor kinderen")
                .doesNotContain("Straatfeest Oosterstraat");
        var waiting = new DeadlineRow(DeadlineKind.DECISION, 1, NUDE, "", "Taalcafé", "", LocalDate.of(2026, 11, 2),
                14, LocalDate.of(2026, 12, 28));
        assertThat(view.deadlines.kindText(waiting)).as("the decision is the municipality's task, not the centre's")
                .isEqualTo("Wacht op besluit");
        assertThatThrownBy(() -> navigate(DeadlinesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(DeadlinesView.class);
    }
}
