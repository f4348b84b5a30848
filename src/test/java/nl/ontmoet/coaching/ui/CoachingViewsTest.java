package nl.ontmoet.coaching.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.base.ui.RouteNotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The coaching screens per role, on the demo data; every change is rolled back. */
@SpringBootTest
@Transactional
class CoachingViewsTest extends SpringBrowserlessTest {

    private static final String DEMO_SUMMARY = "Subsidieaanvraag voor het zomerprogramma";
    private static final String DEMO_PRIVATE = "Voorbeeldaanvraag meenemen";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private long demoSession() {
        return jdbc.queryForObject("select id from coaching_session where summary like ?", Long.class,
                DEMO_SUMMARY + "%");
    }

    private long sessions() {
        return jdbc.queryForObject("select count(*) from coaching_session", Long.class);
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** The screen is not found for this user (access control reroutes there), shows no coaching text, and nothing was stored on the way. */
    private void assertRefused(String route) {
        long before = sessions();
        navigate(route, RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
        assertThat(pageText()).doesNotContain(DEMO_SUMMARY).doesNotContain(DEMO_PRIVATE)
                .doesNotContain("Zelfstandig de begroting opstellen");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_sees_their_coachees_with_last_and_next_session() {
        var view = navigate(CoachingView.class);
        assertThat(test(view.coachees).size()).isEqualTo(1);
        assertThat(view.newSession.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("coach")
    void the_session_form_refuses_bad_input_at_the_field_and_stores_nothing() {
        var view = navigate(SessionView.class, Map.of("session", "new"));
        long before = sessions();
        var form = view.form;
        test(form.summary).setValue("Formulier: nieuw gesprek");
        test(form.privateNotes).setValue("Formulier: privé");

        test(form.durationMinutes).setValue(0);
        test(form.save).click();
        assertThat(form.durationMinutes.isInvalid()).isTrue();
        assertThat(form.durationMinutes.getErrorMessage())
                .isEqualTo("De duur moet meer dan 0 minuten zijn en mag niet langer zijn dan 8 uur.");
        assertThat(sessions()).isEqualTo(before);

        test(form.durationMinutes).setValue(600);
        test(form.save).click();
        assertThat(form.durationMinutes.isInvalid()).isTrue();

        test(form.durationMinutes).setValue(60);
        test(form.sessionDate).setValue(TestClock.TODAY.plusDays(5));
        test(form.save).click();
        assertThat(form.sessionDate.isInvalid()).isTrue();
        assertThat(form.sessionDate.getErrorMessage())
                .isEqualTo("Een gesprek in de toekomst kan alleen de status Gepland hebben.");
        assertThat(sessions()).isEqualTo(before);

        test(form.sessionDate).setValue(TestClock.TODAY);
        form.participants.clear();
        test(form.save).click();
        assertThat(form.participants.isInvalid()).isTrue();
        assertThat(form.participants.getErrorMessage()).isEqualTo("Kies minstens één aanwezige coördinator.");
        assertThat(sessions()).isEqualTo(before);

        form.participants.select(form.participants.getListDataView().getItems().findFirst().orElseThrow());
        test(form.save).click();
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(SessionView.class);
        assertThat(pageText()).contains("Formulier: nieuw gesprek").contains("Formulier: privé");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_reads_the_summary_but_not_the_private_notes_and_reflects() {
        var view = navigate(SessionView.class, Map.of("session", String.valueOf(demoSession())));
        assertThat(pageText()).contains(DEMO_SUMMARY).doesNotContain(DEMO_PRIVATE).doesNotContain("Privénotities");
        assertThat(view.edit.isVisible()).isFalse();
        test(view.reflection).setValue("Reflectie uit de test");
        test(view.saveReflection).click();
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from coaching_reflection where reflection_text = ?",
                Long.class, "Reflectie uit de test")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_their_timeline() {
        var view = navigate(CoachingView.class);
        assertThat(test(view.sessions).size()).isGreaterThanOrEqualTo(3);
        assertThat(pageText()).contains("Zelfstandig de begroting opstellen").doesNotContain(DEMO_PRIVATE);
        assertThat(view.agreements.getListDataView().getItems())
                .anySatisfy(row -> assertThat(row.overdue()).isTrue())
                .anySatisfy(row -> assertThat(row.done()).isTrue())
                .anySatisfy(row -> {
                    assertThat(row.description()).contains("Voorbeeld van een goedgekeurde");
                    assertThat(row.mayMarkDone()).isFalse();
                })
                .isNotEmpty();
        assertThat(view.pdf).isNotNull();
    }

    @Test
    @WithUserDetails("coach")
    void the_coach_sees_private_notes_on_their_own_session() {
        navigate(SessionView.class, Map.of("session", String.valueOf(demoSession())));
        assertThat(pageText()).contains(DEMO_SUMMARY).contains(DEMO_PRIVATE);
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_coordinator_guessing_the_address_gets_not_found() {
        navigate("coaching/sessions/" + demoSession(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(pageText()).doesNotContain(DEMO_SUMMARY);
        navigate("coaching/sessions/abc", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_opening_someone_elses_coordinator_gets_not_found() {
        long coordinator2 = jdbc.queryForObject("select id from user_account where username = 'coordinator2'", Long.class);
        navigate("coaching/coordinators/" + coordinator2, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        long coordinator = jdbc.queryForObject("select id from user_account where username = 'coordinator'", Long.class);
        var view = navigate(CoacheeView.class, Map.of("coordinator", String.valueOf(coordinator)));
        assertThat(test(view.sessions).size()).isGreaterThanOrEqualTo(3);
        assertThat(pageText()).contains("Zelfstandig de begroting opstellen");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_counts_but_no_coaching_text() {
        assertRefused("coaching");
        var view = navigate(CoachingInsightView.class);
        test(view.quarter).selectItem("Kwartaal " + ((TestClock.TODAY.minusDays(21).getMonthValue() - 1) / 3 + 1));
        assertThat(view.totalsText()).isNotEmpty();
        assertThat(test(view.perCoordinator).size()).isGreaterThanOrEqualTo(1);
        assertThat(view.topics.isVisible()).as("fewer than five coordinators: no topic figures").isFalse();
        assertThat(view.topicsHidden.isVisible()).isTrue();
        assertThat(pageText()).doesNotContain(DEMO_SUMMARY).doesNotContain(DEMO_PRIVATE)
                .doesNotContain("Zelfstandig de begroting opstellen");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_no_coaching_screen() {
        assertRefused("coaching");
        assertRefused("coaching/insight");
        assertRefused("coaching/sessions/" + demoSession());
    }
}
