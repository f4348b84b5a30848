package nl.ontmoet.notification.service;

import jakarta.persistence.EntityManager;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.coaching.CoachingFixture;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.notification.domain.Notification;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.notification.domain.NotificationRepository;
import nl.ontmoet.subsidy.SubsidyFixture;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.volunteer.domain.Engagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told what, and when: the steps on an application through the real subsidy services, and the daily
 * reminders with the test clock, on the day they are due and not the day before, once however often the job runs.
 */
@IntegrationTest
class NotificationRulesIT {

    @Autowired
    SubsidyFixture subsidy;
    @Autowired
    CoachingFixture coaching;
    @Autowired
    SubsidyDraftService drafts;
    @Autowired
    SubsidyDecisionService decisions;
    @Autowired
    DueNotifications due;
    @Autowired
    DueQueries dueQueries;
    @Autowired
    NotificationJob job;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        jdbc.update("delete from scheduled_lock where name = ?", NotificationJob.LOCK);
    }

    @Test
    void a_submission_tells_every_manager_and_a_decision_or_change_request_the_centres_coordinators() {
        var scheme = subsidy.scheme("Meldingen " + System.nanoTime(), "100000");
        long id = subsidy.submitted(scheme, "Buurtkeuken", "1000");
        assertThat(recipients(NotificationKind.APPLICATION_SUBMITTED, id)).containsExactlyInAnyOrderElementsOf(
                activeWithRole(Role.MANAGER));
        assertThat(notifications.about(NotificationKind.APPLICATION_SUBMITTED, id).getFirst().getRoute())
                .isEqualTo("centres/" + SubsidyFixture.NUDE + "/subsidies/" + id);
        assertThat(notifications.about(NotificationKind.CHANGES_REQUESTED, id)).isEmpty();

        subsidy.as("manager", () -> decisions.requestChanges(id, "Graag de begroting aanvullen"));
        List<Long> coordinators = coordinatorsOfNude();
        assertThat(recipients(NotificationKind.CHANGES_REQUESTED, id)).containsExactlyInAnyOrderElementsOf(coordinators)
                .doesNotContain(userId("manager"));

        subsidy.as("coordinator", () -> drafts.submit(id));
        assertThat(notifications.about(NotificationKind.APPLICATION_SUBMITTED, id))
                .hasSize(2 * activeWithRole(Role.MANAGER).size());
        subsidy.as("manager", () -> decisions.grant(id, new BigDecimal("1000"), "Voorwaarde", null,
                SubsidyFixture.REPORT_DUE));
        assertThat(recipients(NotificationKind.APPLICATION_GRANTED, id)).containsExactlyInAnyOrderElementsOf(coordinators);
        var granted = notifications.about(NotificationKind.APPLICATION_GRANTED, id).getFirst();
        assertThat(granted.getSubjectTitle()).isEqualTo("Buurtkeuken");
        assertThat(granted.getOccurredAt()).isEqualTo(TestClock.NOW);
        assertThat(granted.isRead()).isFalse();
    }

    @Test
    void a_rejection_tells_the_coordinators_and_not_the_manager_who_decided() {
        var scheme = subsidy.scheme("Afwijzing " + System.nanoTime(), "100000");
        long id = subsidy.submitted(scheme, "Zomerfeest", "800");
        subsidy.as("manager", () -> decisions.reject(id, "Past niet in de regeling"));
        assertThat(recipients(NotificationKind.APPLICATION_REJECTED, id))
                .containsExactlyInAnyOrderElementsOf(coordinatorsOfNude()).doesNotContain(userId("manager"));
    }

    @Test
    void a_report_due_in_14_days_is_announced_on_that_day_not_the_day_before_and_only_once() {
        var scheme = subsidy.scheme("Verantwoording " + System.nanoTime(), "100000");
        long id = subsidy.granted(scheme, "Taalcafé", "2000");

        clock.set(SubsidyFixture.REPORT_DUE.minusDays(15).atTime(6, 15));
        due.createDue();
        assertThat(notifications.about(NotificationKind.REPORT_DUE, id)).isEmpty();

        clock.set(SubsidyFixture.REPORT_DUE.minusDays(14).atTime(6, 15));
        due.createDue();
        due.createDue();
        assertThat(recipients(NotificationKind.REPORT_DUE, id)).containsExactlyInAnyOrderElementsOf(coordinatorsOfNude());
        assertThat(notifications.about(NotificationKind.REPORT_DUE, id))
                .allSatisfy(n -> assertThat(n.getDueOn()).isEqualTo(SubsidyFixture.REPORT_DUE));

        clock.set(SubsidyFixture.REPORT_DUE.minusDays(13).atTime(6, 15));
        due.createDue();
        assertThat(notifications.about(NotificationKind.REPORT_DUE, id)).hasSize(coordinatorsOfNude().size());
    }

    @Test
    void an_agreement_due_tomorrow_tells_coach_and_coordinator_once() {
        var session = coaching.session("coach", "coordinator");
        long agreement = coaching.agreement("coach", session.getId(), "coordinator", AgreementOwner.COORDINATOR,
                "Begroting 2027 rondmaken");
        LocalDate dueOn = TestClock.TODAY.plusDays(14);

        clock.set(dueOn.minusDays(2).atTime(6, 15));
        due.createDue();
        assertThat(notifications.about(NotificationKind.AGREEMENT_DUE, agreement)).isEmpty();

        clock.set(dueOn.minusDays(1).atTime(6, 15));
        due.createDue();
        due.createDue();
        assertThat(recipients(NotificationKind.AGREEMENT_DUE, agreement))
                .containsExactlyInAnyOrder(userId("coach"), userId("coordinator"));
        assertThat(notifications.about(NotificationKind.AGREEMENT_DUE, agreement).getFirst().getRoute())
                .isEqualTo("coaching/sessions/" + session.getId());
    }

    @Test
    void a_vog_reaching_its_maximum_age_within_30_days_tells_the_centres_coordinators() {
        var engagement = transactions.execute(status -> entityManager.createQuery("""
                        select e from Engagement e join fetch e.volunteer join fetch e.centre
                        where e.volunteer.name = 'Mohamed Ouali' and e.centre.slug = :nude""", Engagement.class)
                .setParameter("nude", SubsidyFixture.NUDE).getSingleResult());
        LocalDate expires = engagement.getVogDate().plusYears(dueQueries.vogMaxAgeYears());

        clock.set(expires.minusDays(31).atTime(6, 15));
        due.createDue();
        assertThat(notifications.about(NotificationKind.VOG_EXPIRING, engagement.getId())).isEmpty();

        clock.set(expires.minusDays(30).atTime(6, 15));
        due.createDue();
        due.createDue();
        assertThat(recipients(NotificationKind.VOG_EXPIRING, engagement.getId()))
                .containsExactlyInAnyOrderElementsOf(coordinatorsOfNude());
        var vog = notifications.about(NotificationKind.VOG_EXPIRING, engagement.getId()).getFirst();
        assertThat(vog.getDueOn()).isEqualTo(expires);
        assertThat(vog.getRoute()).isEqualTo("centres/" + SubsidyFixture.NUDE + "/volunteers/"
                + engagement.getVolunteer().getId());
    }

    @Test
    void next_years_limits_missing_are_announced_to_admins_from_1_november_once() {
        // a year far ahead, whose limits nobody enters, so no other test has announced it
        clock.set(LocalDateTime.of(2029, 10, 31, 6, 15));
        due.createDue();
        assertThat(notifications.about(NotificationKind.LIMITS_MISSING, 2030)).isEmpty();

        clock.set(LocalDateTime.of(2029, 11, 1, 6, 15));
        due.createDue();
        due.createDue();
        assertThat(recipients(NotificationKind.LIMITS_MISSING, 2030))
                .containsExactlyInAnyOrderElementsOf(activeWithRole(Role.ADMIN));
        assertThat(notifications.about(NotificationKind.LIMITS_MISSING, 2030).getFirst().getRoute())
                .isEqualTo("admin/allowance-limits");
    }

    @Test
    void the_daily_job_runs_once_per_cluster_and_twice_in_a_day_adds_nothing() {
        clock.set(LocalDateTime.of(2031, 11, 3, 6, 15));
        assertThat(job.run()).isTrue();
        int afterFirst = notifications.about(NotificationKind.LIMITS_MISSING, 2032).size();
        assertThat(afterFirst).isEqualTo(activeWithRole(Role.ADMIN).size());

        // another node firing a moment later finds the lock taken
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(job.run()).isFalse();
        // once the lock has passed, the same day's run stores nothing new
        clock.advance(java.time.Duration.ofMinutes(30));
        assertThat(job.run()).isTrue();
        assertThat(notifications.about(NotificationKind.LIMITS_MISSING, 2032)).hasSize(afterFirst);
    }

    private List<Long> recipients(NotificationKind kind, long subject) {
        return notifications.about(kind, subject).stream().map(Notification::getRecipientId).toList();
    }

    private List<Long> coordinatorsOfNude() {
        return transactions.execute(status -> entityManager.createQuery("""
                        select u.id from Centre c join c.coordinators u where c.slug = :nude and u.enabled = true""",
                        Long.class).setParameter("nude", SubsidyFixture.NUDE).getResultList());
    }

    private List<Long> activeWithRole(Role role) {
        return transactions.execute(status -> entityManager.createQuery("""
                        select u.id from UserAccount u join u.roles r where r = :role and u.enabled = true""",
                        Long.class).setParameter("role", role).getResultList());
    }

    private long userId(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }
}
