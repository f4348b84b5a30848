package nl.ontmoet.coaching;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.domain.AuditEntry;
import nl.ontmoet.audit.domain.AuditEntryRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input is refused with a Dutch message at the field and nothing is stored; an ended assignment leaves read
 * access only; reads are audited without content; the manager's figures count what was logged.
 */
@IntegrationTest
class CoachingRulesIT extends CoachingServices {

    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void refusedSession(Consumer<CoachingSession> change, String field, String key) {
        long before = count("coaching_session");
        assertThatThrownBy(() -> fixture.as("coach", () -> {
            var session = sessions.newSession(fixture.user("coordinator").getId());
            session.setSummary("Mag niet worden opgeslagen");
            change.accept(session);
            return sessions.save(session);
        })).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
        assertThat(count("coaching_session")).isEqualTo(before);
    }

    @Test
    void a_session_in_the_future_is_only_allowed_as_planned() {
        refusedSession(s -> s.setSessionDate(TestClock.TODAY.plusDays(3)), "sessionDate", "coaching.error.futureNotPlanned");
        long before = count("coaching_session");
        fixture.as("coach", () -> {
            var session = sessions.newSession(fixture.user("coordinator").getId());
            session.setSessionDate(TestClock.TODAY.plusDays(3));
            session.setStatus(SessionStatus.PLANNED);
            return sessions.save(session);
        });
        assertThat(count("coaching_session")).isEqualTo(before + 1);
    }

    @Test
    void a_duration_of_zero_or_above_eight_hours_is_refused() {
        refusedSession(s -> s.setDurationMinutes(0), "durationMinutes", "coaching.error.duration");
        refusedSession(s -> s.setDurationMinutes(481), "durationMinutes", "coaching.error.duration");
        refusedSession(s -> s.setDurationMinutes(null), "durationMinutes", "coaching.error.duration");
    }

    @Test
    void a_session_needs_a_coordinator_who_is_assigned_to_this_coach() {
        refusedSession(s -> s.setParticipants(Set.of()), "participants", "coaching.error.noCoordinator");
        refusedSession(s -> s.setParticipants(Set.of(fixture.user("coordinator2"))), "participants",
                "coaching.error.notAssigned");
    }

    @Test
    void an_agreement_needs_text_an_owner_and_a_due_date_not_before_the_session() {
        var session = fixture.session("coach", "coordinator");
        long coordinatorId = fixture.user("coordinator").getId();
        long before = count("coaching_agreement");
        record Case(String text, AgreementOwner owner, LocalDate due, String field, String key) {
        }
        for (var c : java.util.List.of(
                new Case(" ", AgreementOwner.COORDINATOR, TestClock.TODAY, "description", "coaching.error.agreementText"),
                new Case("Tekst", null, TestClock.TODAY, "owner", "coaching.error.agreementOwner"),
                new Case("Tekst", AgreementOwner.COACH, null, "dueDate", "coaching.error.dueRequired"),
                new Case("Tekst", AgreementOwner.COACH, TestClock.TODAY.minusDays(5), "dueDate",
                        "coaching.error.dueBeforeSession"))) {
            assertThatThrownBy(() -> fixture.as("coach", () -> agreements.add(session.getId(), coordinatorId,
                    c.owner(), c.text(), c.due())))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.getField()).contains(c.field());
                        assertThat(e.getMessageKey()).isEqualTo(c.key());
                    });
        }
        assertThat(count("coaching_agreement")).isEqualTo(before);
    }

    @Test
    void a_goal_is_achieved_only_after_a_progress_note() {
        var goal = fixture.goal("coach", "coordinator", "Regels: vrijwilligersbeleid schrijven");
        assertThatThrownBy(() -> fixture.as("coach", () -> {
            var edit = goals.edit(goal.getId());
            edit.setStatus(GoalStatus.ACHIEVED);
            return goals.save(edit);
        })).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("coaching.error.achievedNeedsNote"));
        assertThat(fixture.as("coach", () -> goals.open(goal.getId())).status()).isEqualTo(GoalStatus.OPEN);

        fixture.as("coordinator", () -> goals.addNote(goal.getId(), "Eerste versie besproken met vrijwilligers"));
        var achieved = fixture.as("coach", () -> {
            var edit = goals.edit(goal.getId());
            edit.setStatus(GoalStatus.ACHIEVED);
            return goals.save(edit);
        });
        assertThat(achieved.getStatus()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(achieved.getAchievedOn()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void a_session_changed_meanwhile_is_not_overwritten() {
        var session = fixture.session("coach", "coordinator");
        var first = fixture.as("coach", () -> sessions.edit(session.getId()));
        var second = fixture.as("coach", () -> sessions.edit(session.getId()));
        first.setDurationMinutes(45);
        fixture.as("coach", () -> sessions.save(first));
        second.setDurationMinutes(120);
        assertThatThrownBy(() -> fixture.as("coach", () -> sessions.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.as("coach", () -> sessions.open(session.getId())).durationMinutes()).isEqualTo(45);
    }

    @Test
    void after_the_assignment_ends_the_coach_reads_but_adds_nothing() {
        var coordinator = fixture.account("coordinator.einde", Role.COORDINATOR);
        var assignment = fixture.assign(fixture.user("coach"), coordinator, TestClock.TODAY.minusMonths(2));
        var session = fixture.session("coach", "coordinator.einde");
        var goal = fixture.goal("coach", "coordinator.einde", "Einde: overdracht voorbereiden");
        jdbc.update("update coach_assignment set ended_on = ? where id = ?", TestClock.TODAY, assignment.getId());

        assertThat(fixture.as("coach", () -> sessions.open(session.getId())).summary()).isEqualTo(CoachingFixture.SUMMARY);
        assertThat(fixture.as("coach", () -> sessions.open(session.getId())).editable()).isFalse();
        assertThat(fixture.as("coach", () -> goals.ofCoachee(coordinator.getId()))).hasSize(1);
        assertThatThrownBy(() -> fixture.as("coach", () -> agreements.add(session.getId(), coordinator.getId(),
                AgreementOwner.COORDINATOR, "Te laat", TestClock.TODAY.plusDays(3))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("coaching.error.assignmentEnded"));
        assertThatThrownBy(() -> fixture.as("coach", () -> goals.addNote(goal.getId(), "Te laat")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> fixture.as("coach", () -> {
            var edit = sessions.edit(session.getId());
            edit.setSummary("Te laat");
            return sessions.save(edit);
        })).isInstanceOf(BusinessRuleException.class);
        refusedSession(s -> s.setParticipants(Set.of(coordinator)), "participants", "coaching.error.notAssigned");
        assertThat(fixture.as("coach", () -> sessions.activeCoachees())).doesNotContain(coordinator);
    }

    @Test
    void reading_a_session_is_audited_without_its_content() {
        var session = fixture.session("coach", "coordinator");
        fixture.as("coordinator", () -> sessions.open(session.getId()));
        var trail = auditEntries.findByEntityTypeAndEntityIdOrderByIdAsc("CoachingSession", session.getId().toString());
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.READ);
            assertThat(entry.getUsername()).isEqualTo("coordinator");
        });
        assertThat(trail).extracting(AuditEntry::getAction).contains(AuditAction.CREATE);
        assertThat(trail).allSatisfy(entry -> assertThat(String.valueOf(entry.getChanges()))
                .doesNotContain("begroting 2027").doesNotContain("overbelast"));
        var noteTrail = auditEntries.findByEntityTypeAndEntityIdOrderByIdAsc("CoachNote", session.getId().toString());
        assertThat(noteTrail).allSatisfy(entry -> assertThat(String.valueOf(entry.getChanges())).doesNotContain("overbelast"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like '%overbelast%' "
                + "or changes like '%begroting 2027%'", Long.class)).isZero();
    }

    @Test
    void managers_see_sessions_and_hours_counted_but_no_text() {
        int year = TestClock.TODAY.minusDays(1).getYear();
        int quarter = (TestClock.TODAY.minusDays(1).getMonthValue() - 1) / 3 + 1;
        var before = fixture.as("manager", () -> insight.quarter(year, quarter));
        fixture.session("coach", "coordinator");
        var after = fixture.as("manager", () -> insight.quarter(year, quarter));
        assertThat(after.sessions()).isEqualTo(before.sessions() + 1);
        assertThat(after.minutes()).isEqualTo(before.minutes() + 90);
        assertThat(after.perCoordinator()).anySatisfy(f -> assertThat(f.name()).isEqualTo("Cor Bakker"));
        assertThat(after.perCentre()).anySatisfy(f -> assertThat(f.name()).isEqualTo("Buurthuis Ons Huis"));
        assertThat(after.topicsShown()).isEqualTo(after.perCoordinator().size() >= 5);
        assertThat(after.toString()).doesNotContain("begroting 2027").doesNotContain("overbelast");
    }

    @Test
    void in_intervision_all_present_share_the_summary_but_each_keeps_their_own_agreements() {
        var peer = fixture.account("coordinator.intervisie", Role.COORDINATOR);
        fixture.assign(fixture.user("coach"), peer, TestClock.TODAY.minusMonths(1));
        var session = fixture.session("coach", "coordinator", "coordinator.intervisie");
        long mine = fixture.agreement("coach", session.getId(), "coordinator", AgreementOwner.COORDINATOR,
                "Intervisie: eigen afspraak Cor");
        long theirs = fixture.agreement("coach", session.getId(), "coordinator.intervisie",
                AgreementOwner.COORDINATOR, "Intervisie: eigen afspraak collega");

        assertThat(fixture.as("coordinator.intervisie", () -> sessions.open(session.getId())).summary())
                .isEqualTo(CoachingFixture.SUMMARY);
        assertThat(fixture.as("coordinator", () -> agreements.ofSession(session.getId())))
                .extracting(r -> r.id()).containsExactly(mine);
        assertThat(fixture.as("coordinator.intervisie", () -> agreements.ofSession(session.getId())))
                .extracting(r -> r.id()).containsExactly(theirs);
        assertThat(fixture.as("coach", () -> agreements.ofSession(session.getId())))
                .extracting(r -> r.id()).containsExactlyInAnyOrder(mine, theirs);
        assertThatThrownBy(() -> fixture.as("coordinator", () -> agreements.markDone(theirs, true)))
                .isInstanceOf(RecordNotFoundException.class);

        fixture.as("coordinator", () -> sessions.saveReflection(session.getId(), "Intervisie: wat ik leerde"));
        assertThat(fixture.as("coordinator.intervisie", () -> sessions.open(session.getId())).reflections()).isEmpty();
        assertThat(fixture.as("coach", () -> sessions.open(session.getId())).reflections())
                .extracting(r -> r.text()).containsExactly("Intervisie: wat ik leerde");
    }

    @Test
    void unknown_ids_are_not_found_for_the_coach_too() {
        assertThatThrownBy(() -> fixture.as("coach", () -> sessions.open(987_654L)))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
