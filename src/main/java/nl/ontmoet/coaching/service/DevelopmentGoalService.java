package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.coaching.domain.CoachingRules;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.coaching.domain.GoalNote;
import nl.ontmoet.coaching.domain.GoalNoteRepository;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Development goals (ontwikkeldoelen). The coach sets and edits them while coaching the coordinator; coach and
 * coordinator both add progress notes; the coordinator adds their own reflection. Nobody else finds them.
 */
@Service
@PreAuthorize(Roles.HAS_COACH_OR_COORDINATOR)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DevelopmentGoalService {

    static final String AUDIT_TYPE = "DevelopmentGoal";

    private final DevelopmentGoalRepository goals;
    private final GoalNoteRepository notes;
    private final AccountLookup accounts;
    private final CoachingAccess access;
    private final AuditService audit;

    @PreAuthorize(Roles.HAS_COACH)
    public DevelopmentGoal newGoal(long coordinatorId) {
        var coordinator = access.requireCoachee(coordinatorId);
        access.requireActiveCoachees(List.of(coordinator));
        return new DevelopmentGoal(accounts.require(access.me()), coordinator);
    }

    /** The coach's own goal, to edit in a form. Recorded as a read. */
    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public DevelopmentGoal edit(long id) {
        var goal = goals.findOfCoach(id, access.me()).orElseThrow(() -> new RecordNotFoundException("DevelopmentGoal", id));
        audit.recordRead(AUDIT_TYPE, id);
        return goal;
    }

    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public DevelopmentGoal save(DevelopmentGoal edited) {
        long me = access.me();
        GoalStatus from = null;
        long noteCount = 0;
        var coordinator = edited.getCoordinator();
        if (edited.isNew()) {
            if (edited.getCoach() == null || edited.getCoach().getId() != me) {
                throw new RecordNotFoundException("DevelopmentGoal", "new");
            }
            access.requireCoachee(edited.getCoordinator().getId());
        } else {
            var stored = goals.findOfCoach(edited.getId(), me)
                    .orElseThrow(() -> new RecordNotFoundException("DevelopmentGoal", edited.getId()));
            from = stored.getStatus();
            coordinator = stored.getCoordinator();
            noteCount = notes.countOfGoal(stored.getId(), me);
        }
        access.requireActiveCoachees(List.of(coordinator));
        CoachingRules.requireText(edited.getTitle(), "title", DevelopmentGoal.TITLE_LENGTH);
        CoachingRules.checkGoalStatus(from, edited.getStatus(), noteCount);
        if (edited.getStatus() == GoalStatus.ACHIEVED && from != GoalStatus.ACHIEVED) {
            edited.setAchievedOn(access.today());
        } else if (edited.getStatus() != GoalStatus.ACHIEVED) {
            edited.setAchievedOn(null);
        }
        return goals.save(edited);
    }

    @PreAuthorize(Roles.HAS_COACH)
    public List<GoalRow> ofCoachee(long coordinatorId) {
        access.requireCoachee(coordinatorId);
        return goals.ofCoachWith(access.me(), coordinatorId).stream().map(this::row).toList();
    }

    @PreAuthorize(Roles.HAS_COORDINATOR)
    public List<GoalRow> mine() {
        return goals.ofCoordinator(access.me()).stream().map(this::row).toList();
    }

    /** One goal with its notes, for its coach or coordinator. Recorded as a read. */
    @Transactional
    public GoalRow open(long id) {
        var goal = find(id).orElseThrow(() -> new RecordNotFoundException("DevelopmentGoal", id));
        audit.recordRead(AUDIT_TYPE, id);
        return row(goal);
    }

    /** A progress note by the coach (while coaching this coordinator) or by the coordinator. */
    @Transactional
    public GoalRow addNote(long goalId, String text) {
        long me = access.me();
        var goal = find(goalId).orElseThrow(() -> new RecordNotFoundException("DevelopmentGoal", goalId));
        if (goal.getCoach().getId() == me && goal.getCoordinator().getId() != me) {
            access.requireActiveCoachees(List.of(goal.getCoordinator()));
        }
        String clean = CoachingRules.requireText(text, "note", GoalNote.TEXT_LENGTH);
        notes.save(new GoalNote(goal, accounts.require(me), access.today(), clean));
        return row(goal);
    }

    /** The coordinator's own reflection on their goal. */
    @PreAuthorize(Roles.HAS_COORDINATOR)
    @Transactional
    public GoalRow saveReflection(long goalId, String text) {
        var goal = goals.findOfCoordinator(goalId, access.me())
                .orElseThrow(() -> new RecordNotFoundException("DevelopmentGoal", goalId));
        goal.setReflection(CoachingRules.requireText(text, "reflection", CoachingSession.TEXT_LENGTH));
        return row(goal);
    }

    private Optional<DevelopmentGoal> find(long id) {
        long me = access.me();
        Optional<DevelopmentGoal> asCoach = access.isCoach() ? goals.findOfCoach(id, me) : Optional.empty();
        if (asCoach.isPresent()) {
            return asCoach;
        }
        return access.isCoordinator() ? goals.findOfCoordinator(id, me) : Optional.empty();
    }

    private GoalRow row(DevelopmentGoal g) {
        var noteRows = notes.ofGoal(g.getId(), access.me()).stream()
                .map(n -> new GoalRow.NoteRow(n.getWrittenOn(), n.getAuthor().getDisplayName(), n.getText()))
                .toList();
        return new GoalRow(g.getId(), g.getCoordinator().getDisplayName(), g.getTitle(), g.getDescription(),
                g.getTopic(), g.getTargetDate(), g.getStatus(), g.getAchievedOn(), g.getReflection(), noteRows);
    }
}
