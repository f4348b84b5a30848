package nl.ontmoet.notification.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.volunteer.domain.VolunteerSettings;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * What falls due, over all centres, for the daily job; each one query over the features' entities (read only). The
 * start page's queries answer for one caller's centres; the job has no caller, so it asks across centres here.
 */
@Component
@RequiredArgsConstructor
class DueQueries {

    record ReportDue(long applicationId, String title, long centreId, String centreSlug, LocalDate dueOn) {
    }

    record AgreementDue(long agreementId, long sessionId, long coordinatorId, long coachId, LocalDate dueOn) {
    }

    record VogExpiring(long engagementId, long volunteerId, long centreId, String centreSlug, String centreName,
                       LocalDate vogDate) {
    }

    private final EntityManager entityManager;

    /** Granted applications whose report is due in [from, to], as the deadlines screen reckons the deadline. */
    List<ReportDue> reportsDue(LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                        select new nl.ontmoet.notification.service.DueQueries$ReportDue(a.id, a.title, c.id, c.slug,
                               coalesce(a.reportDueOn, s.reportDeadline))
                        from SubsidyApplication a join a.centre c join a.scheme s
                        where a.status = :granted and coalesce(a.reportDueOn, s.reportDeadline) between :from and :to
                        order by a.id""", ReportDue.class)
                .setParameter("granted", SubsidyStatus.GRANTED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Open coaching agreements due in [from, to]. */
    List<AgreementDue> agreementsDue(LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                        select new nl.ontmoet.notification.service.DueQueries$AgreementDue(a.id, s.id,
                               a.coordinator.id, s.coach.id, a.dueDate)
                        from Agreement a join a.session s
                        where a.done = false and a.dueDate between :from and :to order by a.id""", AgreementDue.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Running engagements needing a VOG dated in [from, to] (so it reaches its maximum age in the window). */
    List<VogExpiring> vogsDated(LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                        select new nl.ontmoet.notification.service.DueQueries$VogExpiring(e.id, v.id, c.id, c.slug,
                               c.name, e.vogDate)
                        from Engagement e join e.volunteer v join e.centre c
                        where e.vogNeeded = true and e.status <> :stopped and v.erasedAt is null
                          and e.vogDate between :from and :to order by e.id""", VogExpiring.class)
                .setParameter("stopped", VolunteerStatus.GESTOPT).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** The maximum age of a VOG in years, as the VOG overview reckons it. */
    int vogMaxAgeYears() {
        return entityManager.createQuery("select s.vogMaxAgeYears from VolunteerSettings s order by s.id",
                        Integer.class)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(VolunteerSettings.DEFAULT_VOG_MAX_AGE_YEARS);
    }

    boolean limitsEntered(int year) {
        return entityManager.createQuery("select count(l) from AllowanceLimit l where l.year = :year", Long.class)
                .setParameter("year", year).getSingleResult() > 0;
    }
}
