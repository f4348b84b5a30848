package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransition;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The history of applications: every step is written as a transition by the current user; shared by the subsidy
 * services, which call it inside their own transactions.
 */
@Component
@RequiredArgsConstructor
class ApplicationHistory {

    private final SubsidyTransitionRepository transitions;
    private final AccountLookup accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** Writes the step and announces it ({@link ApplicationStatusChanged}) within the caller's transaction. */
    void record(SubsidyApplication application, Instant at, SubsidyStatus from, SubsidyStatus to, String comment) {
        var actor = me();
        transitions.save(new SubsidyTransition(application, actor, at, from, to, comment));
        var centre = application.getCentre();
        events.publishEvent(new ApplicationStatusChanged(application.getId(), centre.getId(), centre.getSlug(),
                application.getTitle(), from, to, currentUser.id()));
    }

    List<TransitionRow> of(long applicationId) {
        return transitions.ofApplication(applicationId).stream()
                .map(t -> new TransitionRow(t.getOccurredAt(), t.getActor().getDisplayName(), t.getFromStatus(),
                        t.getToStatus(), t.getComment()))
                .toList();
    }

    UserAccount me() {
        return accounts.reference(currentUser.id());
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
