package nl.ontmoet.coaching.domain;

import nl.ontmoet.base.domain.BusinessRuleException;

import java.time.LocalDate;
import java.util.Set;

/** The rules that bad coaching input must meet; each refusal names the field and a Dutch message key. */
public final class CoachingRules {

    private CoachingRules() {
    }

    /**
     * @param allowedCoordinatorIds coordinators currently assigned to the session's coach
     */
    public static void checkSession(CoachingSession session, LocalDate today, Set<Long> allowedCoordinatorIds) {
        if (session.getSessionDate() == null) {
            throw BusinessRuleException.onField("sessionDate", "coaching.error.dateRequired");
        }
        if (session.getSessionDate().isAfter(today) && session.getStatus() != SessionStatus.PLANNED) {
            throw BusinessRuleException.onField("sessionDate", "coaching.error.futureNotPlanned");
        }
        Integer minutes = session.getDurationMinutes();
        if (minutes == null || minutes <= 0 || minutes > CoachingSession.MAX_DURATION_MINUTES) {
            throw BusinessRuleException.onField("durationMinutes", "coaching.error.duration",
                    CoachingSession.MAX_DURATION_MINUTES / 60);
        }
        if (session.getParticipants().isEmpty()) {
            throw BusinessRuleException.onField("participants", "coaching.error.noCoordinator");
        }
        for (var participant : session.getParticipants()) {
            if (!allowedCoordinatorIds.contains(participant.getId())) {
                throw BusinessRuleException.onField("participants", "coaching.error.notAssigned",
                        participant.getDisplayName());
            }
        }
        if (session.getParticipants().size() > 1 && session.getForm() != SessionForm.GROUP) {
            throw BusinessRuleException.onField("form", "coaching.error.severalNeedGroup");
        }
    }

    public static void checkAgreement(String description, AgreementOwner owner, LocalDate dueDate,
                                      LocalDate sessionDate) {
        if (description == null || description.isBlank()) {
            throw BusinessRuleException.onField("description", "coaching.error.agreementText");
        }
        if (description.strip().length() > Agreement.TEXT_LENGTH) {
            throw BusinessRuleException.onField("description", "coaching.error.tooLong", Agreement.TEXT_LENGTH);
        }
        if (owner == null) {
            throw BusinessRuleException.onField("owner", "coaching.error.agreementOwner");
        }
        if (dueDate == null) {
            throw BusinessRuleException.onField("dueDate", "coaching.error.dueRequired");
        }
        if (dueDate.isBefore(sessionDate)) {
            throw BusinessRuleException.onField("dueDate", "coaching.error.dueBeforeSession");
        }
    }

    public static void checkGoalStatus(GoalStatus from, GoalStatus to, long progressNotes) {
        if (to == null) {
            throw BusinessRuleException.onField("status", "coaching.error.statusRequired");
        }
        if (to == from) {
            return;
        }
        if (to == GoalStatus.ACHIEVED && progressNotes == 0) {
            throw BusinessRuleException.onField("status", "coaching.error.achievedNeedsNote");
        }
        if (from != null && from.isClosed() && to.isClosed()) {
            throw BusinessRuleException.onField("status", "coaching.error.reopenFirst");
        }
    }

    public static String requireText(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw BusinessRuleException.onField(field, "coaching.error.textRequired");
        }
        if (text.strip().length() > maxLength) {
            throw BusinessRuleException.onField(field, "coaching.error.tooLong", maxLength);
        }
        return text.strip();
    }
}
