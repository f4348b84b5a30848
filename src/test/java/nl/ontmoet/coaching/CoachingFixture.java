package nl.ontmoet.coaching;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.CoachAssignmentRepository;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** Test helper: acts as a given demo user and creates coaching records through the real services. */
@Component
@RequiredArgsConstructor
public class CoachingFixture {

    public static final String SUMMARY = "Samenvatting: begroting 2027 doorgenomen";
    public static final String PRIVATE_NOTE = "Privé: coördinator lijkt overbelast";

    private final TestUsers users;
    private final UserAccountRepository accounts;
    private final CoachAssignmentRepository assignments;
    private final CoachingSessionService sessions;
    private final AgreementService agreements;
    private final DevelopmentGoalService goals;

    public <T> T as(String username, Supplier<T> action) {
        return users.as(username, action);
    }

    public void as(String username, Runnable action) {
        users.as(username, action);
    }

    public UserAccount account(String username, Role role) {
        return accounts.findByUsername(username).orElseGet(() -> {
            var account = new UserAccount(username, "Test " + username);
            account.setPasswordHash("{noop}x");
            account.setRoles(EnumSet.of(role));
            return accounts.save(account);
        });
    }

    public UserAccount user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    public CoachAssignment assign(UserAccount coach, UserAccount coordinator, LocalDate from) {
        return assignments.save(new CoachAssignment(coach, coordinator, from));
    }

    /** A held session of {@code coach} yesterday with the given coordinators, with summary and private note. */
    public CoachingSession session(String coach, String... coordinators) {
        return sessionOn(TestClock.TODAY.minusDays(1), coach, coordinators);
    }

    /** A held session of {@code coach} on {@code day} with the given coordinators, with summary and private note. */
    public CoachingSession sessionOn(LocalDate day, String coach, String... coordinators) {
        return as(coach, () -> {
            var session = sessions.newSession(null);
            session.setSessionDate(day);
            session.setDurationMinutes(90);
            session.setForm(coordinators.length > 1 ? SessionForm.GROUP : SessionForm.IN_PERSON);
            var present = new java.util.HashSet<UserAccount>();
            for (String c : coordinators) {
                present.add(user(c));
            }
            session.setParticipants(present);
            session.setTopics(Set.of(CoachingTopic.BUDGET, CoachingTopic.MARKETING));
            session.setSummary(SUMMARY);
            session.setPrivateNotes(PRIVATE_NOTE);
            return sessions.save(session);
        });
    }

    public long agreement(String coach, long sessionId, String coordinator, AgreementOwner owner, String text) {
        return as(coach, () -> agreements.add(sessionId, user(coordinator).getId(), owner, text,
                TestClock.TODAY.plusDays(14)).id());
    }

    public DevelopmentGoal goal(String coach, String coordinator, String title) {
        return as(coach, () -> {
            var goal = goals.newGoal(user(coordinator).getId());
            goal.setTitle(title);
            goal.setDescription("Beschrijving van " + title);
            goal.setTopic(CoachingTopic.BUDGET);
            goal.setTargetDate(TestClock.TODAY.plusMonths(3));
            return goals.save(goal);
        });
    }
}
