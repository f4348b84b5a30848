package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.AgreementRepository;
import nl.ontmoet.coaching.domain.CoachingRules;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Agreements (afspraken) from sessions. The coach sees the agreements of their sessions; a coordinator only
 * their own, also in intervision. Each side ticks off only the agreements it owns.
 */
@Service
@PreAuthorize(Roles.HAS_COACH_OR_COORDINATOR)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AgreementService {

    private final AgreementRepository agreements;
    private final CoachingSessionRepository sessions;
    private final CoachingAccess access;

    /** The coach records an agreement with one coordinator who was present at the session. */
    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public AgreementRow add(long sessionId, Long coordinatorId, AgreementOwner owner, String description,
                            LocalDate dueDate) {
        var session = sessions.findOfCoach(sessionId, access.me())
                .orElseThrow(() -> new RecordNotFoundException("CoachingSession", sessionId));
        var coordinator = session.getParticipants().stream()
                .filter(p -> coordinatorId != null && p.getId().equals(coordinatorId)).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("coordinator", "coaching.error.agreementCoordinator"));
        access.requireActiveCoachees(List.of(coordinator));
        CoachingRules.checkAgreement(description, owner, dueDate, session.getSessionDate());
        var saved = agreements.save(new Agreement(session, coordinator, owner, description.strip(), dueDate));
        return row(saved, true);
    }

    /** The agreements of one session the reader may see: all for its coach, their own for a coordinator. */
    public List<AgreementRow> ofSession(long sessionId) {
        long me = access.me();
        if (access.isCoach() && sessions.findOfCoach(sessionId, me).isPresent()) {
            return agreements.ofSessionForCoach(sessionId, me).stream().map(a -> row(a, true)).toList();
        }
        if (access.isCoordinator() && sessions.findOfParticipant(sessionId, me).isPresent()) {
            return agreements.ofSessionForCoordinator(sessionId, me).stream().map(a -> row(a, false)).toList();
        }
        throw new RecordNotFoundException("CoachingSession", sessionId);
    }

    /** Open agreements of both sides: for a coach those of all their sessions, for a coordinator their own. */
    public List<AgreementRow> open() {
        long me = access.me();
        if (access.isCoach()) {
            return agreements.openOfCoach(me).stream().map(a -> row(a, true)).toList();
        }
        return agreements.ofCoordinator(me, true).stream().map(a -> row(a, false)).toList();
    }

    @PreAuthorize(Roles.HAS_COORDINATOR)
    public List<AgreementRow> mine(boolean onlyOpen) {
        return agreements.ofCoordinator(access.me(), onlyOpen).stream().map(a -> row(a, false)).toList();
    }

    @PreAuthorize(Roles.HAS_COACH)
    public List<AgreementRow> withCoachee(long coordinatorId, boolean onlyOpen) {
        access.requireCoachee(coordinatorId);
        return agreements.ofCoachWith(access.me(), coordinatorId, onlyOpen).stream().map(a -> row(a, true)).toList();
    }

    /** Ticks an agreement off (or back on). Only its owner: the coordinator for theirs, the coach for the coach's. */
    @Transactional
    public AgreementRow markDone(long agreementId, boolean done) {
        long me = access.me();
        Optional<Agreement> asCoach = access.isCoach() ? agreements.findOfCoach(agreementId, me) : Optional.empty();
        if (asCoach.isPresent()) {
            var agreement = asCoach.get();
            if (agreement.getOwner() != AgreementOwner.COACH) {
                throw new BusinessRuleException("coaching.error.notYourAgreement");
            }
            access.requireActiveCoachees(List.of(agreement.getCoordinator()));
            agreement.markDone(done, access.today());
            return row(agreement, true);
        }
        var agreement = (access.isCoordinator() ? agreements.findOfCoordinator(agreementId, me) : Optional.<Agreement>empty())
                .orElseThrow(() -> new RecordNotFoundException("Agreement", agreementId));
        if (agreement.getOwner() != AgreementOwner.COORDINATOR) {
            throw new BusinessRuleException("coaching.error.notYourAgreement");
        }
        agreement.markDone(done, access.today());
        return row(agreement, false);
    }

    private AgreementRow row(Agreement a, boolean readerIsCoach) {
        boolean mine = readerIsCoach ? a.getOwner() == AgreementOwner.COACH : a.getOwner() == AgreementOwner.COORDINATOR;
        return new AgreementRow(a.getId(), a.getSession().getId(), a.getSession().getSessionDate(),
                a.getCoordinator().getDisplayName(), a.getOwner(), a.getDescription(), a.getDueDate(), a.isDone(),
                a.isOverdue(access.today()), mine);
    }
}
