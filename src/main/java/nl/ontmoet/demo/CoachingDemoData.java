package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.AgreementRepository;
import nl.ontmoet.coaching.domain.CoachNote;
import nl.ontmoet.coaching.domain.CoachNoteRepository;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.coaching.domain.GoalNote;
import nl.ontmoet.coaching.domain.GoalNoteRepository;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.domain.Reflection;
import nl.ontmoet.coaching.domain.ReflectionRepository;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.domain.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A few months of coaching between the demo coach and coordinator: sessions with summaries and private notes,
 * agreements (one overdue, one done), a planned next session and two development goals. Only into empty tables.
 */
@Component
@Profile("demo")
@Order(30)
@RequiredArgsConstructor
class CoachingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoachingDemoData.class);

    private final UserAccountRepository accounts;
    private final CoachingSessionRepository sessions;
    private final CoachNoteRepository notes;
    private final AgreementRepository agreements;
    private final ReflectionRepository reflections;
    private final DevelopmentGoalRepository goals;
    private final GoalNoteRepository goalNotes;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var coach = accounts.findByUsername("coach");
        var coordinator = accounts.findByUsername("coordinator");
        if (sessions.count() > 0 || coach.isEmpty() || coordinator.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var first = session(coach.get(), coordinator.get(), today.minusDays(70), 90, SessionForm.IN_PERSON,
                EnumSet.of(CoachingTopic.BUDGET, CoachingTopic.BUSINESS_OPERATIONS),
                "Kennismaking en begroting doorgenomen. De zaalverhuur blijft achter bij de raming; Cor zoekt uit "
                        + "welke vaste huurders er kunnen bijkomen.",
                "Cor lijkt veel alleen te doen; later doorvragen naar steun vanuit het bestuur.");
        agreement(first, coordinator.get(), AgreementOwner.COORDINATOR,
                "Overzicht maken van vaste huurders en tarieven", today.minusDays(40), true, today.minusDays(45));
        var second = session(coach.get(), coordinator.get(), today.minusDays(21), 60, SessionForm.VIDEO,
                EnumSet.of(CoachingTopic.SUBSIDY_APPLICATIONS, CoachingTopic.PROGRAMMING),
                "Subsidieaanvraag voor het zomerprogramma besproken: doelen concreter maken en de begroting per "
                        + "activiteit uitsplitsen.",
                "Sterk in programmering, onzeker over cijfers. Voorbeeldaanvraag meenemen.");
        agreement(second, coordinator.get(), AgreementOwner.COORDINATOR,
                "Conceptaanvraag zomerprogramma naar de coach sturen", today.minusDays(3), false, null);
        agreement(second, coordinator.get(), AgreementOwner.COACH,
                "Voorbeeld van een goedgekeurde aanvraag delen", today.plusDays(7), false, null);
        var reflection = new Reflection(second, coordinator.get());
        reflection.setText("Ik zie nu dat ik de doelen te algemeen formuleerde. Volgende keer eerst de doelgroep bepalen.");
        reflections.save(reflection);
        var planned = new CoachingSession(coach.get(), today.plusDays(14));
        planned.setDurationMinutes(60);
        planned.setStatus(SessionStatus.PLANNED);
        planned.setParticipants(Set.of(coordinator.get()));
        planned.setTopics(EnumSet.of(CoachingTopic.MARKETING));
        sessions.save(planned);

        var budgetGoal = goal(coach.get(), coordinator.get(), "Zelfstandig de begroting opstellen",
                "De begroting 2027 zelf opstellen en toelichten aan het bestuur.", CoachingTopic.BUDGET,
                today.plusMonths(4), GoalStatus.IN_PROGRESS);
        goalNotes.save(new GoalNote(budgetGoal, coordinator.get(), today.minusDays(30),
                "Eerste opzet gemaakt met hulp van de penningmeester."));
        goal(coach.get(), coordinator.get(), "Meer buurtbewoners bereiken via sociale media",
                "Elke maand twee berichten over het programma plaatsen.", CoachingTopic.MARKETING,
                today.plusMonths(6), GoalStatus.OPEN);
        log.info("Coaching demo data loaded: 3 sessions, 3 agreements, 2 goals");
    }

    private CoachingSession session(UserAccount coach, UserAccount coordinator, LocalDate date, int minutes,
                                    SessionForm form, Set<CoachingTopic> topics, String summary, String privateNote) {
        var session = new CoachingSession(coach, date);
        session.setDurationMinutes(minutes);
        session.setForm(form);
        session.setStatus(SessionStatus.HELD);
        session.setParticipants(Set.of(coordinator));
        session.setTopics(topics);
        session.setSummary(summary);
        var saved = sessions.save(session);
        var note = new CoachNote(saved, coach);
        note.setText(privateNote);
        notes.save(note);
        return saved;
    }

    private void agreement(CoachingSession session, UserAccount coordinator, AgreementOwner owner, String text,
                           LocalDate due, boolean done, LocalDate doneOn) {
        var agreement = new Agreement(session, coordinator, owner, text, due);
        if (done) {
            agreement.markDone(true, doneOn);
        }
        agreements.save(agreement);
    }

    private DevelopmentGoal goal(UserAccount coach, UserAccount coordinator, String title, String description,
                                 CoachingTopic topic, LocalDate target, GoalStatus status) {
        var goal = new DevelopmentGoal(coach, coordinator);
        goal.setTitle(title);
        goal.setDescription(description);
        goal.setTopic(topic);
        goal.setTargetDate(target);
        goal.setStatus(status);
        return goals.save(goal);
    }
}
