package nl.ontmoet.programme;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.programme.service.AttendanceService;
import nl.ontmoet.programme.service.ClosingDayService;
import nl.ontmoet.programme.service.ProgrammeCalendarService;
import nl.ontmoet.programme.service.SessionChangeService;
import nl.ontmoet.programme.service.SessionPlan;
import nl.ontmoet.programme.service.SessionPlanningService;
import nl.ontmoet.programme.service.SessionService;
import nl.ontmoet.programme.service.Skipped;
import nl.ontmoet.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static nl.ontmoet.Race.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme rules on the real database: no double bookings (also under concurrency), skipping, access. */
@IntegrationTest
class ProgrammeServiceIT {

    private static final LocalTime SEVEN = LocalTime.of(19, 0);
    private static final LocalTime NINE = LocalTime.of(21, 0);

    @Autowired
    Race race;
    @Autowired SessionService sessionService;
    @Autowired SessionPlanningService planning;
    @Autowired SessionChangeService changes;
    @Autowired AttendanceService attendance;
    @Autowired ActivityService activityService;
    @Autowired ClosingDayService closingDayService;
    @Autowired ProgrammeCalendarService calendarService;
    @Autowired ActivitySessionRepository sessions;
    @Autowired CentreRepository centres;
    @Autowired RoomRepository rooms;
    @Autowired UserAccountRepository accounts;
    @Autowired ActivityRepository activities;
    @Autowired TransactionTemplate transaction;
    @Autowired TestUsers users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired com.vaadin.flow.i18n.I18NProvider i18n;

    ProgrammeFixture fixture;
    Centre centre;
    Room hall;
    Room small;
    Activity choir;
    Activity yoga;
    LocalDate nextMonday;

    @org.junit.jupiter.api.AfterEach
    void removeOwnCentres() {
        fixture.cleanUp();
    }

    @BeforeEach
    void ownCentre() {
        fixture = new ProgrammeFixture(centres, rooms, accounts, activities, sessions, transaction, users, jdbc);
        centre = fixture.centre("coordinator");
        hall = fixture.room(centre, "Zaal", 40);
        small = fixture.room(centre, "Kamertje", 6);
        choir = fixture.activity(centre, "Buurtkoor", ActivityType.ONTMOETING, 20, true);
        yoga = fixture.activity(centre, "Yoga", ActivityType.SPORT_BEWEGEN, 10, false);
        nextMonday = TestClock.TODAY.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private long sessionsInRoom(Room room) {
        return sessions.findAll().stream().filter(s -> s.getRoom().getId().equals(room.getId())).count();
    }

    private String dutch(BusinessRuleException e) {
        return ((BundleI18NProvider) i18n).getTranslation(e.getMessageKey(), BundleI18NProvider.DUTCH, e.getArguments());
    }

    @Test
    @WithUserDetails("coordinator")
    void a_second_booking_that_overlaps_is_refused_naming_the_first_and_touching_is_fine() {
        planning.plan(SessionPlan.single(choir.getId(), hall, nextMonday, SEVEN, NINE));
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(yoga.getId(), hall, nextMonday,
                LocalTime.of(20, 30), LocalTime.of(22, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(dutch(e))
                        .isEqualTo("Zaal is dan al bezet door Buurtkoor (" + Times.span(nextMonday, "19:00", "21:00")
                                + "). Kies een andere tijd of ruimte."));
        planning.plan(SessionPlan.single(yoga.getId(), hall, nextMonday, NINE, LocalTime.of(22, 0)));
        planning.plan(SessionPlan.single(yoga.getId(), small, nextMonday, SEVEN, NINE));
        assertThat(sessionsInRoom(hall)).isEqualTo(2);
    }

    @Test
    void two_coordinators_booking_the_same_room_at_the_same_moment_one_wins() throws Exception {
        for (int round = 0; round < 5; round++) {
            LocalDate day = nextMonday.plusDays(round);

            List<String> outcomes = new ArrayList<>(race.atOnce(
                    runner("coordinator", () -> book(choir, day)), runner("coordinator", () -> book(yoga, day))));

            Collections.sort(outcomes);
            assertThat(outcomes.get(1)).isEqualTo("booked");
            assertThat(outcomes.get(0)).startsWith("Zaal is dan al bezet door ")
                    .contains(Times.span(day, "19:00", "21:00"));
        }
        assertThat(sessionsInRoom(hall)).isEqualTo(5);
    }

    private String book(Activity activity, LocalDate day) {
        try {
            planning.plan(SessionPlan.single(activity.getId(), hall, day, SEVEN, NINE));
            return "booked";
        } catch (BusinessRuleException refused) {
            return dutch(refused);
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void bad_times_are_refused_in_dutch_and_nothing_is_stored() {
        assertRefused(SessionPlan.single(choir.getId(), hall, nextMonday, NINE, SEVEN), "endTime",
                "De eindtijd ligt voor de begintijd. Loopt de bijeenkomst door na middernacht, vink dan ‘Eindigt de volgende dag’ aan.");
        assertRefused(SessionPlan.single(choir.getId(), hall, nextMonday, SEVEN, SEVEN), "endTime",
                "De eindtijd moet na de begintijd liggen.");
        var tooLong = SessionPlan.single(choir.getId(), hall, nextMonday, SEVEN, NINE);
        tooLong.setEndsNextDay(true);
        assertRefused(tooLong, "endTime", "Een bijeenkomst duurt hoogstens 24 uur.");
        Room otherCentresRoom = rooms.findByCentreIdOrderByName(
                centres.findBySlug("wijkcentrum-de-pomhorst").orElseThrow().getId()).getFirst();
        long inOtherRoom = sessionsInRoom(otherCentresRoom);
        assertRefused(SessionPlan.single(choir.getId(), otherCentresRoom, nextMonday, SEVEN, NINE), "room",
                "Deze ruimte hoort niet bij dit centrum.");
        assertRefused(SessionPlan.weekly(choir.getId(), hall, nextMonday, nextMonday.plusWeeks(4), Set.of(), SEVEN, NINE),
                "weekdays", "Kies minstens één dag van de week.");
        assertRefused(SessionPlan.weekly(choir.getId(), hall, nextMonday, nextMonday.minusDays(1),
                Set.of(DayOfWeek.MONDAY), SEVEN, NINE), "lastDay", "De laatste datum ligt voor de eerste datum.");
        assertRefused(SessionPlan.weekly(choir.getId(), hall, nextMonday, nextMonday.plusYears(2).plusDays(1),
                Set.of(DayOfWeek.MONDAY), SEVEN, NINE), "lastDay",
                "Een reeks duurt hoogstens 2 jaar. Plan daarna een nieuwe reeks.");
        assertThat(sessionsInRoom(hall)).isZero();
        assertThat(sessionsInRoom(otherCentresRoom)).isEqualTo(inOtherRoom);
    }

    private void assertRefused(SessionPlan plan, String field, String message) {
        assertThatThrownBy(() -> planning.plan(plan)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(dutch(e)).isEqualTo(message);
        });
    }

    @Test
    @WithUserDetails("coordinator")
    void a_series_skips_closing_days_and_booked_slots_and_lists_them() {
        LocalDate firstThursday = nextMonday.plusDays(3);
        closingDayService.add(centre.getId(), firstThursday.plusWeeks(1), "Onderhoud");
        planning.plan(SessionPlan.single(yoga.getId(), hall, firstThursday.plusWeeks(2), LocalTime.of(20, 0),
                LocalTime.of(20, 30)));

        var result = planning.plan(SessionPlan.weekly(choir.getId(), hall, nextMonday,
                nextMonday.plusWeeks(4).minusDays(1), Set.of(DayOfWeek.THURSDAY), SEVEN, NINE));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).extracting(Skipped::reason)
                .containsExactly(Skipped.Reason.CLOSED, Skipped.Reason.BOOKED);
        assertThat(result.skipped().get(0).detail()).isEqualTo("Onderhoud");
        assertThat(result.skipped().get(1).detail()).startsWith("Yoga ");
        assertThat(sessionService.page(choir.getId(), Pageable.unpaged()).getTotalElements()).isEqualTo(2);
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(choir.getId(), hall,
                firstThursday.plusWeeks(1), SEVEN, NINE)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("session.error.closed"));
    }

    @Test
    @WithUserDetails("coordinator")
    void one_occurrence_moves_or_is_cancelled_without_touching_the_rest_and_the_rest_can_end() {
        var result = planning.plan(SessionPlan.weekly(choir.getId(), hall, nextMonday,
                nextMonday.plusWeeks(4).minusDays(1), Set.of(DayOfWeek.MONDAY), SEVEN, NINE));
        assertThat(result.created()).isEqualTo(4);
        var all = sessionService.page(choir.getId(), org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("startsAt"))).getContent();

        var second = all.get(1);
        changes.move(second.getId(), second.getVersion(), second.getStartsAt().toLocalDate().plusDays(1),
                LocalTime.of(18, 0), LocalTime.of(20, 0), false, small.getId());
        assertThatThrownBy(() -> changes.move(second.getId(), second.getVersion(), nextMonday, SEVEN, NINE,
                false, hall.getId())).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        var third = all.get(2);
        assertThatThrownBy(() -> changes.cancel(third.getId(), third.getVersion(), " "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(dutch(e)).isEqualTo("Vul een reden van annuleren in."));
        changes.cancel(third.getId(), third.getVersion(), "Dirigent ziek");
        // the cancelled slot is free again for someone else
        planning.plan(SessionPlan.single(yoga.getId(), hall, third.getStartsAt().toLocalDate(), SEVEN, NINE));

        var after = sessionService.page(choir.getId(), org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("startsAt"))).getContent();
        assertThat(after.get(0).getStartsAt()).isEqualTo(all.get(0).getStartsAt());
        assertThat(after.get(1).getStartsAt()).isEqualTo(second.getStartsAt().plusDays(1).withHour(18));
        assertThat(after.get(2).isCancelled()).isTrue();
        assertThat(after.get(3).getStartsAt()).isEqualTo(all.get(3).getStartsAt());

        int removed = changes.endSeries(result.seriesId(), all.get(2).getStartsAt().toLocalDate());
        assertThat(removed).isEqualTo(2);
        assertThat(sessionService.page(choir.getId(), Pageable.unpaged()).getTotalElements()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_rest_of_a_series_gets_another_time_and_room_while_earlier_sessions_stay() {
        var result = planning.plan(SessionPlan.weekly(choir.getId(), hall, nextMonday,
                nextMonday.plusWeeks(4).minusDays(1), Set.of(DayOfWeek.MONDAY), SEVEN, NINE));
        var all = sessionService.page(choir.getId(), org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("startsAt"))).getContent();
        LocalDate third = all.get(2).getStartsAt().toLocalDate();

        var changed = changes.changeRest(result.seriesId(), third, LocalTime.of(18, 0), LocalTime.of(19, 30),
                false, small);
        assertThat(changed.created()).isEqualTo(2);

        var after = sessionService.page(choir.getId(), org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("startsAt"))).getContent();
        assertThat(after).hasSize(4);
        assertThat(after.get(0).getStartsAt()).isEqualTo(all.get(0).getStartsAt());
        assertThat(after.get(1).getStartsAt()).isEqualTo(all.get(1).getStartsAt());
        assertThat(after.subList(2, 4)).allSatisfy(s -> {
            assertThat(s.getStartsAt().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(s.getEndsAt().toLocalTime()).isEqualTo(LocalTime.of(19, 30));
            assertThat(s.getRoom().getId()).isEqualTo(small.getId());
        });
        assertThat(after.get(2).getStartsAt().toLocalDate()).isEqualTo(third);
        assertThat(after.get(3).getStartsAt().toLocalDate()).isEqualTo(third.plusWeeks(1));

        assertThatThrownBy(() -> changes.changeRest(result.seriesId(), third, NINE, SEVEN, false, small))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(sessionService.page(choir.getId(), Pageable.unpaged()).getTotalElements()).isEqualTo(4);
    }

    @Test
    @WithUserDetails("coordinator")
    void warnings_for_a_small_room_a_series_in_the_past_and_a_participation_evening_elsewhere() {
        var big = fixture.activity(centre, "Grote bijeenkomst", ActivityType.PARTICIPATION_EVENING, 30, true);
        assertThat(planning.warnings(SessionPlan.single(big.getId(), small, nextMonday, SEVEN, NINE)))
                .extracting(w -> w.messageKey()).containsExactly("session.warning.overCapacity");

        var past = SessionPlan.weekly(choir.getId(), hall, TestClock.TODAY.minusWeeks(2), TestClock.TODAY.plusWeeks(2),
                Set.of(DayOfWeek.MONDAY), SEVEN, NINE);
        assertThat(planning.warnings(past)).extracting(w -> w.messageKey())
                .containsExactly("session.warning.seriesInPast");

        var elsewhere = fixture.centre("coordinator2");
        var elsewhereRoom = fixture.room(elsewhere, "Aula", 100);
        var otherEvening = fixture.activity(elsewhere, "Inspraak speeltuin", ActivityType.PARTICIPATION_EVENING, 40, true);
        fixture.session(otherEvening, elsewhereRoom, nextMonday.atTime(20, 0), nextMonday.atTime(22, 0));
        var warnings = planning.warnings(SessionPlan.single(big.getId(), hall, nextMonday, SEVEN, NINE));
        assertThat(warnings).hasSize(1);
        var text = ((BundleI18NProvider) i18n).getTranslation(warnings.getFirst().messageKey(),
                BundleI18NProvider.DUTCH, warnings.getFirst().args());
        assertThat(text).contains("Inspraak speeltuin", elsewhere.getName(), Times.span(nextMonday, "20:00", "22:00"));
        // a warning, not a block: it can be saved after confirming
        planning.plan(SessionPlan.single(big.getId(), hall, nextMonday, SEVEN, NINE));
        assertThat(sessionsInRoom(hall)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void attendance_must_be_plausible() {
        var session = fixture.session(choir, small, TestClock.TODAY.minusDays(3).atTime(19, 0),
                TestClock.TODAY.minusDays(3).atTime(21, 0));
        assertAttendanceRefused(session.getId(), -1, null, "Een aantal bezoekers kan niet negatief zijn.");
        assertAttendanceRefused(session.getId(), 13, null,
                "13 bezoekers is onwaarschijnlijk veel voor een ruimte voor 6 personen. Controleer het aantal.");
        assertAttendanceRefused(session.getId(), 5, 6, "Er kunnen niet meer nieuwe bezoekers zijn dan bezoekers.");
        attendance.recordAttendance(session.getId(), session.getVersion(), 12, 2);
        assertThat(attendance.attendanceTotals(centre.getId())).singleElement()
                .satisfies(t -> assertThat(t.visitors()).isEqualTo(12));

        var future = fixture.session(choir, small, nextMonday.atTime(10, 0), nextMonday.atTime(11, 0));
        assertAttendanceRefused(future.getId(), 3, null, "Deze bijeenkomst heeft nog niet plaatsgevonden.");
    }

    private void assertAttendanceRefused(long sessionId, int visitors, Integer newVisitors, String message) {
        long version = sessions.findById(sessionId).orElseThrow().getVersion();
        assertThatThrownBy(() -> attendance.recordAttendance(sessionId, version, visitors, newVisitors))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(dutch(e)).isEqualTo(message));
        assertThat(sessions.findById(sessionId).orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("coordinator")
    void an_activity_that_took_place_is_archived_and_one_that_did_not_is_deleted() {
        fixture.session(choir, hall, TestClock.TODAY.minusWeeks(1).atTime(19, 0), TestClock.TODAY.minusWeeks(1).atTime(21, 0));
        assertThat(activityService.remove(choir.getId())).isTrue();
        assertThat(activities.findById(choir.getId()).orElseThrow().isArchived()).isTrue();
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(choir.getId(), hall, nextMonday, SEVEN, NINE)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("session.error.archived"));

        planning.plan(SessionPlan.single(yoga.getId(), hall, nextMonday, SEVEN, NINE));
        assertThat(activityService.remove(yoga.getId())).isFalse();
        assertThat(activities.findById(yoga.getId())).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_coordinator_sees_and_books_nothing() {
        assertThatThrownBy(() -> sessionService.page(choir.getId(), Pageable.unpaged()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(choir.getId(), hall, nextMonday, SEVEN, NINE)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> activityService.page(centre.getId(), false, null, Pageable.unpaged()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> closingDayService.add(centre.getId(), nextMonday, "Dicht"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> calendarService.participationClashes()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendarService.ofMunicipality(nextMonday, nextMonday.plusDays(7), null, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reads_the_programme_of_a_coachee_but_changes_nothing() {
        fixture.session(choir, hall, nextMonday.atTime(19, 0), nextMonday.atTime(21, 0));
        assertThat(sessionService.page(choir.getId(), Pageable.unpaged()).getTotalElements()).isEqualTo(1);
        assertThat(calendarService.ofCentre(centre.getId(), nextMonday, nextMonday.plusDays(7))).hasSize(1);
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(choir.getId(), hall, nextMonday.plusDays(1),
                SEVEN, NINE))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> activityService.save(choir)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> activityService.remove(choir.getId())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_everywhere_sees_the_clashes_and_changes_nothing() {
        var elsewhere = fixture.centre("coordinator2");
        var aula = fixture.room(elsewhere, "Aula", 100);
        LocalDate day = nextMonday.plusWeeks(3).plusDays(2);
        var one = fixture.activity(centre, "Avond over het park", ActivityType.PARTICIPATION_EVENING, 30, true);
        var two = fixture.activity(elsewhere, "Avond over de school", ActivityType.PARTICIPATION_EVENING, 30, true);
        fixture.session(one, hall, day.atTime(19, 0), day.atTime(21, 0));
        fixture.session(two, aula, day.atTime(20, 0), day.atTime(22, 0));

        assertThat(calendarService.participationClashes()).anySatisfy(clash -> {
            assertThat(List.of(clash.title(), clash.otherTitle()))
                    .containsExactlyInAnyOrder("Avond over het park", "Avond over de school");
            assertThat(List.of(clash.centre(), clash.otherCentre()))
                    .containsExactlyInAnyOrder(centre.getName(), elsewhere.getName());
        });
        assertThat(calendarService.ofMunicipality(day, day.plusDays(1), null, elsewhere.getDistrict(),
                ActivityType.PARTICIPATION_EVENING)).extracting(e -> e.title()).containsExactly("Avond over de school");
        assertThat(calendarService.ofMunicipality(day, day.plusDays(1), centre.getId(), null, null))
                .extracting(e -> e.title()).containsExactly("Avond over het park");
        assertThatThrownBy(() -> planning.plan(SessionPlan.single(one.getId(), hall, nextMonday, SEVEN, NINE)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    /** Expected time texts in messages. */
    static final class Times {
        static String span(LocalDate day, String from, String to) {
            return String.format("%02d-%02d-%d %s–%s", day.getDayOfMonth(), day.getMonthValue(), day.getYear(), from, to);
        }
    }

    @SuppressWarnings("unused")
    private static final java.time.ZoneId ZONE = Slot.ZONE;
}
