package nl.ontmoet.notification.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.ApplicationStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells people of a step on a subsidy application, in the same transaction as the step: managers of a new
 * submission to review, the centre's coordinators of a decision or change request on their application. The one
 * who took the step is not told of it.
 */
@Component
@RequiredArgsConstructor
class SubsidyNotifications {

    private final Recipients recipients;
    private final NotificationWriter writer;

    @EventListener
    void on(ApplicationStatusChanged step) {
        NotificationKind kind = kindOf(step.to());
        if (kind == null) {
            return;
        }
        List<Long> whom = (kind == NotificationKind.APPLICATION_SUBMITTED
                ? recipients.withRole(Role.MANAGER) : recipients.coordinatorsOf(step.centreId()))
                .stream().filter(id -> id != step.actorId()).toList();
        writer.notify(whom, kind, step.applicationId(), step.title(), null, route(step));
    }

    static NotificationKind kindOf(SubsidyStatus to) {
        return switch (to) {
            case SUBMITTED -> NotificationKind.APPLICATION_SUBMITTED;
            case GRANTED -> NotificationKind.APPLICATION_GRANTED;
            case REJECTED -> NotificationKind.APPLICATION_REJECTED;
            case SETTLED -> NotificationKind.APPLICATION_SETTLED;
            case CHANGES_REQUESTED -> NotificationKind.CHANGES_REQUESTED;
            case DRAFT, REPORTED -> null;
        };
    }

    static String route(ApplicationStatusChanged step) {
        return "centres/" + step.centreSlug() + "/subsidies/" + step.applicationId();
    }
}
