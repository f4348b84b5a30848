package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.coaching.domain.AgreementRepository;
import nl.ontmoet.coaching.domain.CoachNote;
import nl.ontmoet.coaching.domain.CoachNoteRepository;
import nl.ontmoet.coaching.domain.CoachingRules;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.coaching.domain.Reflection;
import nl.ontmoet.coaching.domain.ReflectionRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Coaching sessions. Confidential: a session is found only through the id of its coach or of a coordinator who
 * was present; managers and admins have no way in. Reads of a session are recorded in the audit trail.
 */
@Service
@PreAuthorize(Roles.HAS_COACH_OR_COORDINATOR)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoachingSessionService {

    static final String AUDIT_TYPE = "CoachingSession";

    private final CoachingSessionRepository sessions;
    private final CoachNoteRepository notes;
    private final ReflectionRepository reflections;
    private final AgreementRepository agreements;
    private final DevelopmentGoalRepository goals;
    private final AccountLookup accounts;
    private final CoachingAccess access;
    private final AuditService audit;

    // --- the coach ---

    /** Coordinators the coach may log a session with today. */
    @PreAuthorize(Roles.HAS_COACH)
    public List<UserAccount> activeCoachees() {
        return access.activeCoachees();
    }

    /** The coach's coachees, current and former, with their last and next session and what is open. */
    @PreAuthorize(Roles.HAS_COACH)
    public List<CoacheeSummary> coachees() {
        long me = access.me();
        LocalDate today = access.today();
        Map<Long, LocalDate> last = dates(sessions.lastSessionPerCoachee(me, today));
        Map<Long, LocalDate> next = dates(sessions.nextSessionPerCoachee(me, today));
        Map<Long, Long> open = counts(agreements.openCountPerCoachee(me));
        Map<Long, Long> active = counts(goals.activeCountPerCoachee(me));
        return access.allCoachees().entrySet().stream()
                .map(e -> new CoacheeSummary(e.getKey().getId(), e.getKey().getDisplayName(), e.getValue(),
                        last.get(e.getKey().getId()), next.get(e.getKey().getId()),
                        open.getOrDefault(e.getKey().getId(), 0L), active.getOrDefault(e.getKey().getId(), 0L)))
                .toList();
    }

    /** One coachee of the coach (current or former); anyone else is not found. */
    @PreAuthorize(Roles.HAS_COACH)
    public CoacheeSummary coachee(long coordinatorId) {
        access.requireCoachee(coordinatorId);
        return coachees().stream().filter(c -> c.coordinatorId() == coordinatorId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Coachee", coordinatorId));
    }

    @PreAuthorize(Roles.HAS_COACH)
    public Page<SessionRow> sessionsWith(long coordinatorId, Pageable pageable) {
        access.requireCoachee(coordinatorId);
        return rows(sessions.pageOfCoachWith(access.me(), coordinatorId, pageable));
    }

    /** A new session for today, with the given coachee present when they are currently assigned. */
    @PreAuthorize(Roles.HAS_COACH)
    public CoachingSession newSession(Long coordinatorId) {
        var me = accounts.require(access.me());
        var session = new CoachingSession(me, access.today());
        session.setDurationMinutes(60);
        session.setTopics(EnumSet.noneOf(nl.ontmoet.coaching.domain.CoachingTopic.class));
        if (coordinatorId != null) {
            access.activeCoachees().stream().filter(c -> c.getId().equals(coordinatorId)).findFirst()
                    .ifPresent(c -> session.setParticipants(Set.of(c)));
        }
        return session;
    }

    /** The coach's own session with private notes, to edit. Recorded as a read. */
    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public CoachingSession edit(long id) {
        var session = sessions.findOfCoach(id, access.me())
                .orElseThrow(() -> new RecordNotFoundException("CoachingSession", id));
        session.getParticipants().size();
        session.getTopics().size();
        session.setPrivateNotes(notes.findOfCoach(id, access.me()).map(CoachNote::getText).orElse(null));
        audit.recordRead(AUDIT_TYPE, id);
        return session;
    }

    /** Only the coach who wrote them reads private notes. Recorded as a read. */
    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public String privateNotes(long sessionId) {
        sessions.findOfCoach(sessionId, access.me())
                .orElseThrow(() -> new RecordNotFoundException("CoachingSession", sessionId));
        audit.recordRead("CoachNote", sessionId);
        return notes.findOfCoach(sessionId, access.me()).map(CoachNote::getText).orElse(null);
    }

    @PreAuthorize(Roles.HAS_COACH)
    @Transactional
    public CoachingSession save(CoachingSession edited) {
        long me = access.me();
        String privateNotes = edited.getPrivateNotes();
        if (!edited.isNew()) {
            var stored = sessions.findOfCoach(edited.getId(), me)
                    .orElseThrow(() -> new RecordNotFoundException("CoachingSession", edited.getId()));
            access.requireActiveCoachees(stored.getParticipants());
        } else if (edited.getCoach() == null || edited.getCoach().getId() != me) {
            throw new RecordNotFoundException("CoachingSession", "new");
        }
        CoachingRules.checkSession(edited, access.today(), access.activeCoacheeIds());
        if (privateNotes != null && privateNotes.length() > CoachingSession.TEXT_LENGTH) {
            throw BusinessRuleException.onField("privateNotes", "coaching.error.tooLong", CoachingSession.TEXT_LENGTH);
        }
        var saved = sessions.save(edited);
        var note = notes.findOfCoach(saved.getId(), me).orElseGet(() -> new CoachNote(saved, saved.getCoach()));
        if (privateNotes != null || !note.isNew()) {
            note.setText(privateNotes);
            notes.save(note);
        }
        saved.setPrivateNotes(privateNotes);
        return saved;
    }

    // --- the coordinator ---

    @PreAuthorize(Roles.HAS_COORDINATOR)
    public Page<SessionRow> mySessions(Pageable pageable) {
        return rows(sessions.pageOfParticipant(access.me(), pageable));
    }

    /** The coordinator's own reflection on a session they attended. */
    @PreAuthorize(Roles.HAS_COORDINATOR)
    @Transactional
    public void saveReflection(long sessionId, String text) {
        long me = access.me();
        var session = sessions.findOfParticipant(sessionId, me)
                .orElseThrow(() -> new RecordNotFoundException("CoachingSession", sessionId));
        String clean = CoachingRules.requireText(text, "reflection", CoachingSession.TEXT_LENGTH);
        var reflection = reflections.findOfCoordinator(sessionId, me)
                .orElseGet(() -> new Reflection(session, accounts.require(me)));
        reflection.setText(clean);
        reflections.save(reflection);
    }

    // --- both ---

    /**
     * A session as the reader may see it: the coach gets private notes and every reflection, a coordinator who
     * was present the summary and their own reflection. Recorded as a read.
     */
    @Transactional
    public SessionDetail open(long id) {
        long me = access.me();
        var asCoach = access.isCoach() ? sessions.findOfCoach(id, me) : java.util.Optional.<CoachingSession>empty();
        if (asCoach.isPresent()) {
            var s = asCoach.get();
            var all = reflections.ofSessionForCoach(id, me).stream()
                    .map(r -> new SessionDetail.ReflectionRow(r.getCoordinator().getDisplayName(), r.getText()))
                    .toList();
            boolean editable = s.getParticipants().stream().allMatch(p -> access.isActiveCoachee(p.getId()));
            audit.recordRead(AUDIT_TYPE, id);
            return detail(s, notes.findOfCoach(id, me).map(CoachNote::getText).orElse(null), true, editable, all);
        }
        var asParticipant = access.isCoordinator() ? sessions.findOfParticipant(id, me)
                : java.util.Optional.<CoachingSession>empty();
        var s = asParticipant.orElseThrow(() -> new RecordNotFoundException("CoachingSession", id));
        var own = reflections.findOfCoordinator(id, me).stream()
                .map(r -> new SessionDetail.ReflectionRow(access.myName(), r.getText())).toList();
        audit.recordRead(AUDIT_TYPE, id);
        return detail(s, null, false, false, own);
    }

    private SessionDetail detail(CoachingSession s, String privateNotes, boolean readerIsCoach, boolean editable,
                                 List<SessionDetail.ReflectionRow> reflectionRows) {
        return new SessionDetail(s.getId(), s.getSessionDate(), s.getDurationMinutes(), s.getForm(), s.getStatus(),
                EnumSet.copyOf(withFallback(s.getTopics())),
                s.getParticipants().stream().sorted(java.util.Comparator.comparing(UserAccount::getDisplayName))
                        .map(p -> new SessionDetail.Person(p.getId(), p.getDisplayName())).toList(),
                s.getCoach().getDisplayName(), s.getSummary(), privateNotes, readerIsCoach, editable, reflectionRows);
    }

    private Page<SessionRow> rows(Page<CoachingSession> page) {
        return page.map(s -> new SessionRow(s.getId(), s.getSessionDate(), s.getDurationMinutes(), s.getForm(),
                s.getStatus(), EnumSet.copyOf(withFallback(s.getTopics())), names(s.getParticipants()),
                s.getCoach().getDisplayName(), s.getSummary()));
    }

    private static Collection<nl.ontmoet.coaching.domain.CoachingTopic> withFallback(
            Set<nl.ontmoet.coaching.domain.CoachingTopic> topics) {
        return topics.isEmpty() ? EnumSet.noneOf(nl.ontmoet.coaching.domain.CoachingTopic.class) : topics;
    }

    private static String names(Set<UserAccount> participants) {
        return participants.stream().map(UserAccount::getDisplayName).sorted().collect(Collectors.joining(", "));
    }

    private static Map<Long, LocalDate> dates(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1], (a, b) -> a, TreeMap::new));
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1], (a, b) -> a, TreeMap::new));
    }
}
