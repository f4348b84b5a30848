package nl.ontmoet.coaching;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingRules;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coaching rules without Spring: every refusal names its field and has a Dutch text. */
class CoachingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final BundleI18NProvider I18N = new BundleI18NProvider();

    private static UserAccount person(long id, String name) {
        var account = new UserAccount("u" + id, name);
        try {
            Field field = nl.ontmoet.base.domain.AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }

    private static CoachingSession session() {
        var session = new CoachingSession(person(1, "Coach"), TODAY);
        session.setDurationMinutes(60);
        session.setParticipants(Set.of(person(2, "Cor Bakker")));
        return session;
    }

    private static void refused(Runnable rule, String field, String key) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(I18N.getTranslation(key, BundleI18NProvider.DUTCH)).doesNotStartWith("!");
        });
    }

    @Test
    void a_valid_session_passes() {
        assertThatCode(() -> CoachingRules.checkSession(session(), TODAY, Set.of(2L))).doesNotThrowAnyException();
    }

    @Test
    void a_future_session_must_be_planned() {
        var session = session();
        session.setSessionDate(TODAY.plusDays(1));
        refused(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L)), "sessionDate", "coaching.error.futureNotPlanned");
        session.setStatus(SessionStatus.PLANNED);
        assertThatCode(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -30, 481, 1000})
    void a_duration_outside_one_minute_to_eight_hours_is_refused(int minutes) {
        var session = session();
        session.setDurationMinutes(minutes);
        refused(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L)), "durationMinutes", "coaching.error.duration");
    }

    @Test
    void eight_hours_exactly_is_allowed() {
        var session = session();
        session.setDurationMinutes(480);
        assertThatCode(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L))).doesNotThrowAnyException();
    }

    @Test
    void coordinators_present_must_be_assigned_and_several_mean_intervision() {
        var session = session();
        refused(() -> CoachingRules.checkSession(session, TODAY, Set.of(3L)), "participants", "coaching.error.notAssigned");
        session.setParticipants(Set.of());
        refused(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L)), "participants", "coaching.error.noCoordinator");
        session.setParticipants(Set.of(person(2, "Cor"), person(3, "Fatima")));
        refused(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L, 3L)), "form", "coaching.error.severalNeedGroup");
        session.setForm(SessionForm.GROUP);
        assertThatCode(() -> CoachingRules.checkSession(session, TODAY, Set.of(2L, 3L))).doesNotThrowAnyException();
    }

    @Test
    void agreements_need_text_owner_and_a_due_date_from_the_session_on() {
        refused(() -> CoachingRules.checkAgreement("", AgreementOwner.COACH, TODAY, TODAY), "description", "coaching.error.agreementText");
        refused(() -> CoachingRules.checkAgreement("x".repeat(1001), AgreementOwner.COACH, TODAY, TODAY), "description", "coaching.error.tooLong");
        refused(() -> CoachingRules.checkAgreement("Bellen", null, TODAY, TODAY), "owner", "coaching.error.agreementOwner");
        refused(() -> CoachingRules.checkAgreement("Bellen", AgreementOwner.COACH, null, TODAY), "dueDate", "coaching.error.dueRequired");
        refused(() -> CoachingRules.checkAgreement("Bellen", AgreementOwner.COACH, TODAY.minusDays(1), TODAY), "dueDate", "coaching.error.dueBeforeSession");
        assertThatCode(() -> CoachingRules.checkAgreement("Bellen", AgreementOwner.COACH, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void a_goal_is_achieved_only_with_a_progress_note_and_closed_goals_are_reopened_first() {
        refused(() -> CoachingRules.checkGoalStatus(GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED, 0), "status", "coaching.error.achievedNeedsNote");
        refused(() -> CoachingRules.checkGoalStatus(GoalStatus.OPEN, GoalStatus.ACHIEVED, 0), "status", "coaching.error.achievedNeedsNote");
        assertThatCode(() -> CoachingRules.checkGoalStatus(GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED, 1)).doesNotThrowAnyException();
        refused(() -> CoachingRules.checkGoalStatus(GoalStatus.ACHIEVED, GoalStatus.STOPPED, 1), "status", "coaching.error.reopenFirst");
        assertThatCode(() -> CoachingRules.checkGoalStatus(GoalStatus.STOPPED, GoalStatus.IN_PROGRESS, 0)).doesNotThrowAnyException();
    }

    @Test
    void an_open_agreement_past_its_due_date_is_overdue_until_done() {
        var agreement = new Agreement(session(), person(2, "Cor"), AgreementOwner.COORDINATOR, "Flyer", TODAY.minusDays(1));
        assertThat(agreement.isOverdue(TODAY)).isTrue();
        agreement.markDone(true, TODAY);
        assertThat(agreement.isOverdue(TODAY)).isFalse();
        assertThat(agreement.getDoneOn()).isEqualTo(TODAY);
    }

    @Test
    void an_agreement_of_exactly_the_maximum_length_is_accepted_and_surrounding_spaces_do_not_count() {
        String longest = "x".repeat(Agreement.TEXT_LENGTH);
        assertThatCode(() -> CoachingRules.checkAgreement(longest, AgreementOwner.COACH, TODAY, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> CoachingRules.checkAgreement("  " + longest + "  ", AgreementOwner.COACH, TODAY, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_text_is_required_stripped_and_at_most_the_maximum_length() {
        refused(() -> CoachingRules.requireText(null, "note", 10), "note", "coaching.error.textRequired");
        refused(() -> CoachingRules.requireText(" \t ", "note", 10), "note", "coaching.error.textRequired");
        refused(() -> CoachingRules.requireText("x".repeat(11), "note", 10), "note", "coaching.error.tooLong");
        assertThat(CoachingRules.requireText(" " + "x".repeat(10) + " ", "note", 10)).isEqualTo("x".repeat(10));
    }

    @Test
    void a_text_too_long_names_the_maximum() {
        assertThatThrownBy(() -> CoachingRules.requireText("x".repeat(11), "note", 10))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getArguments()).containsExactly(10));
    }
}
