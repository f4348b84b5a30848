package nl.ontmoet.coaching;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.service.CoachingPortfolioService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * THE ACCESS MATRIX: every read and write on coaching content, tried by the coach who wrote it, another coach,
 * the coordinator, another coordinator, a manager and an admin. Each case runs in a transaction that is rolled
 * back, so one case cannot prepare the next. Refused means: not found (ids reveal nothing), access denied, or a
 * rule refusal — and never any content returned.
 */
@IntegrationTest
class CoachingAccessMatrixIT extends CoachingServices {

    static final String OTHER_COACH = "coach.matrix";
    static final Set<String> EVERYONE = Set.of("coach", OTHER_COACH, "coordinator", "coordinator2", "manager", "admin");

    @Autowired
    CoachingPortfolioService portfolio;
    @Autowired
    TransactionTemplate transaction;

    static Ids ids;

    record Ids(long session, long coordinatorAgreement, long coachAgreement, long goal, long coordinatorId) {
    }

    @BeforeEach
    void createRecordsOnce() {
        if (ids != null) {
            return;
        }
        var otherCoach = fixture.account(OTHER_COACH, Role.COACH);
        fixture.assign(otherCoach, fixture.user("coordinator2"), TestClock.TODAY.minusMonths(1));
        var session = fixture.session("coach", "coordinator");
        long coordinatorAgreement = fixture.agreement("coach", session.getId(), "coordinator",
                AgreementOwner.COORDINATOR, "Matrix: begroting naar de penningmeester");
        long coachAgreement = fixture.agreement("coach", session.getId(), "coordinator",
                AgreementOwner.COACH, "Matrix: voorbeeld subsidieaanvraag sturen");
        var goal = fixture.goal("coach", "coordinator", "Matrix: zelf de begroting opstellen");
        ids = new Ids(session.getId(), coordinatorAgreement, coachAgreement, goal.getId(),
                fixture.user("coordinator").getId());
    }

    static Stream<Arguments> matrix() {
        Map<String, Set<String>> allowed = new java.util.LinkedHashMap<>();
        allowed.put("read session", Set.of("coach", "coordinator"));
        allowed.put("change session", Set.of("coach"));
        allowed.put("read private notes", Set.of("coach"));
        allowed.put("read agreements of session", Set.of("coach", "coordinator"));
        allowed.put("add agreement", Set.of("coach"));
        allowed.put("tick off coordinator's agreement", Set.of("coordinator"));
        allowed.put("tick off coach's agreement", Set.of("coach"));
        allowed.put("read goal", Set.of("coach", "coordinator"));
        allowed.put("change goal", Set.of("coach"));
        allowed.put("add progress note", Set.of("coach", "coordinator"));
        allowed.put("reflect on session", Set.of("coordinator"));
        allowed.put("reflect on goal", Set.of("coordinator"));
        allowed.put("list sessions with coachee", Set.of("coach"));
        allowed.put("list goals of coachee", Set.of("coach"));
        allowed.put("list agreements with coachee", Set.of("coach"));
        allowed.put("create goal for coachee", Set.of("coach"));
        allowed.put("quarter figures", Set.of("manager"));
        List<Arguments> cases = new ArrayList<>();
        allowed.forEach((operation, users) -> EVERYONE.stream().sorted()
                .forEach(user -> cases.add(Arguments.of(operation, user, users.contains(user)))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("matrix")
    void each_operation_is_allowed_or_refused_per_user(String operation, String user, boolean allowed) {
        Throwable failure = transaction.execute(status -> {
            status.setRollbackOnly();
            return catchThrowable(() -> fixture.as(user, () -> run(operation)));
        });
        if (allowed) {
            assertThat(failure).as("%s as %s", operation, user).isNull();
        } else {
            assertThat(failure).as("%s as %s", operation, user).isNotNull()
                    .isInstanceOfAny(RecordNotFoundException.class, AccessDeniedException.class,
                            BusinessRuleException.class);
        }
    }

    private Object run(String operation) {
        return switch (operation) {
            case "read session" -> sessions.open(ids.session());
            case "change session" -> {
                var session = sessions.edit(ids.session());
                session.setDurationMinutes(75);
                yield sessions.save(session);
            }
            case "read private notes" -> sessions.privateNotes(ids.session());
            case "read agreements of session" -> agreements.ofSession(ids.session());
            case "add agreement" -> agreements.add(ids.session(), ids.coordinatorId(), AgreementOwner.COORDINATOR,
                    "Extra afspraak", TestClock.TODAY.plusDays(7));
            case "tick off coordinator's agreement" -> agreements.markDone(ids.coordinatorAgreement(), true);
            case "tick off coach's agreement" -> agreements.markDone(ids.coachAgreement(), true);
            case "read goal" -> goals.open(ids.goal());
            case "change goal" -> {
                var goal = goals.edit(ids.goal());
                goal.setTitle("Gewijzigd");
                yield goals.save(goal);
            }
            case "add progress note" -> goals.addNote(ids.goal(), "Voortgang");
            case "reflect on session" -> {
                sessions.saveReflection(ids.session(), "Mijn reflectie");
                yield null;
            }
            case "reflect on goal" -> goals.saveReflection(ids.goal(), "Mijn reflectie op het doel");
            case "list sessions with coachee" -> sessions.sessionsWith(ids.coordinatorId(), PageRequest.of(0, 10));
            case "list goals of coachee" -> goals.ofCoachee(ids.coordinatorId());
            case "list agreements with coachee" -> agreements.withCoachee(ids.coordinatorId(), false);
            case "create goal for coachee" -> goals.newGoal(ids.coordinatorId());
            case "quarter figures" -> insight.quarter(TestClock.TODAY.getYear(), 1);
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @ParameterizedTest(name = "{0} sees nothing of the session in their own lists")
    @MethodSource("outsiders")
    void outsiders_find_nothing_in_their_own_lists(String user) {
        fixture.as(user, () -> {
            if (user.equals("coordinator2")) {
                assertThat(sessions.mySessions(PageRequest.of(0, 100)).getContent())
                        .noneMatch(row -> row.id() == ids.session());
                assertThat(agreements.open()).noneMatch(row -> row.id() == ids.coordinatorAgreement());
                assertThat(goals.mine()).noneMatch(row -> row.id() == ids.goal());
                String pdf = CoachingPortfolioIT.text(portfolio.myPortfolioPdf(key -> key, Enum::name));
                assertThat(pdf).doesNotContain(CoachingFixture.SUMMARY).doesNotContain("Matrix:");
            } else {
                assertThat(sessions.coachees()).noneMatch(c -> c.coordinatorId() == ids.coordinatorId());
                assertThat(agreements.open()).noneMatch(row -> row.id() == ids.coordinatorAgreement());
            }
        });
    }

    static Stream<String> outsiders() {
        return Stream.of("coordinator2", OTHER_COACH);
    }

    @org.junit.jupiter.api.Test
    void the_coordinator_reads_the_summary_but_never_the_private_notes() {
        var detail = fixture.as("coordinator", () -> sessions.open(ids.session()));
        assertThat(detail.summary()).isEqualTo(CoachingFixture.SUMMARY);
        assertThat(detail.privateNotes()).isNull();
        assertThat(detail.toString()).doesNotContain(CoachingFixture.PRIVATE_NOTE);
        var rows = fixture.as("coordinator", () -> sessions.mySessions(PageRequest.of(0, 100)).getContent());
        assertThat(rows.toString()).contains(CoachingFixture.SUMMARY).doesNotContain(CoachingFixture.PRIVATE_NOTE);
        assertThatThrownBy(() -> fixture.as("coordinator", () -> sessions.privateNotes(ids.session())))
                .isInstanceOf(AccessDeniedException.class);

        var coachView = fixture.as("coach", () -> sessions.open(ids.session()));
        assertThat(coachView.privateNotes()).isEqualTo(CoachingFixture.PRIVATE_NOTE);
    }

    @org.junit.jupiter.api.Test
    void guessed_ids_are_not_found_for_every_outsider() {
        for (String user : List.of(OTHER_COACH, "coordinator2")) {
            for (long guess : List.of(ids.session(), ids.session() + 1, 999_999L)) {
                assertThatThrownBy(() -> fixture.as(user, () -> sessions.open(guess)))
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> fixture.as(user, () -> agreements.ofSession(guess)))
                        .isInstanceOf(RecordNotFoundException.class);
            }
            assertThatThrownBy(() -> fixture.as(user, () -> goals.open(ids.goal())))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> fixture.as(user, () -> agreements.markDone(ids.coordinatorAgreement(), true)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        for (String user : List.of("manager", "admin")) {
            assertThatThrownBy(() -> fixture.as(user, () -> sessions.open(ids.session())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixture.as(user, () -> goals.open(ids.goal())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
