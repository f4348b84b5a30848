package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.ClosingDay;
import nl.ontmoet.programme.domain.ClosingDayRepository;
import nl.ontmoet.programme.domain.OrganiserKind;
import nl.ontmoet.programme.domain.SessionSeries;
import nl.ontmoet.programme.domain.SessionSeriesRepository;
import nl.ontmoet.programme.domain.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small, believable programme for the demo centres: weekly activities with attendance in the past weeks,
 * closing days around the holidays, and two participation evenings in different centres on the same evening
 * (so that the clash list has something to show). Only when the programme tables are empty.
 */
@Component
@Profile("demo")
@Order(20)
@RequiredArgsConstructor
class ProgrammeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);

    private final CentreRepository centres;
    private final RoomRepository rooms;
    private final ActivityRepository activities;
    private final SessionSeriesRepository series;
    private final ActivitySessionRepository sessions;
    private final ClosingDayRepository closingDays;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (activities.count() > 0 || closingDays.count() > 0) {
            return;
        }
        var nude = centres.findBySlug("huis-van-de-wijk-de-nude");
        var onsHuis = centres.findBySlug("buurthuis-ons-huis");
        var pomhorst = centres.findBySlug("wijkcentrum-de-pomhorst");
        if (nude.isEmpty() || onsHuis.isEmpty() || pomhorst.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Slot.ZONE));
        LocalDate from = today.minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate until = today.plusMonths(4);
        for (Centre centre : List.of(nude.get(), onsHuis.get(), pomhorst.get())) {
            holidays(centre, today);
        }

        weekly(activity(nude.get(), "Koffieochtend", ActivityType.ONTMOETING, "Iedereen uit de wijk",
                        OrganiserKind.VOLUNTEER, "Ria Smit, 06-12345678", 25, true,
                        "Gezellig samen koffie drinken en bijpraten. Binnenlopen kan de hele ochtend."),
                room(nude.get(), "Grote zaal"), from, until, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(10, 0), LocalTime.of(12, 0));
        weekly(activity(nude.get(), "Computercursus voor 60-plussers", ActivityType.CURSUS_WORKSHOP, "60-plussers",
                        OrganiserKind.PARTNER, "Bibliotheek Ede, cursus@bibliotheek.example", 10, true,
                        "Stap voor stap leren mailen, internetbankieren en videobellen."),
                room(nude.get(), "Vergaderkamer"), from, until, Set.of(DayOfWeek.MONDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 0));
        activity(nude.get(), "Taalcafé", ActivityType.ONTMOETING, "Nieuwkomers en taalmaatjes",
                OrganiserKind.RESIDENT_INITIATIVE, "Samira Haddou", 12, true,
                "Nederlands oefenen in een ontspannen sfeer, met koffie en thee.");
        activity(nude.get(), "Vrijwilligersoverleg", ActivityType.OVERIG, "Vrijwilligers", OrganiserKind.CENTRE,
                null, 15, false, "Intern overleg over rooster en activiteiten.");
        LocalDate evening = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        single(activity(nude.get(), "Wijkavond Nudepark", ActivityType.PARTICIPATION_EVENING, "Bewoners Noordwest",
                        OrganiserKind.CENTRE, null, 60, true, "Denk mee over de plannen voor het Nudepark."),
                room(nude.get(), "Grote zaal"), evening, LocalTime.of(19, 30), LocalTime.of(21, 30));

        weekly(activity(onsHuis.get(), "Stoelyoga", ActivityType.SPORT_BEWEGEN, "Ouderen", OrganiserKind.VOLUNTEER,
                        "Anneke de Boer", 14, true, "Rustige yoga op de stoel, geschikt voor iedereen."),
                room(onsHuis.get(), "Ontmoetingsruimte"), from, until, Set.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(10, 0), LocalTime.of(11, 0));
        weekly(activity(onsHuis.get(), "Schilderclub", ActivityType.CURSUS_WORKSHOP, "Volwassenen",
                        OrganiserKind.RESIDENT_INITIATIVE, "Henk Visser", 8, true, "Samen schilderen, eigen materiaal meenemen."),
                room(onsHuis.get(), "Atelier"), from, until, Set.of(DayOfWeek.FRIDAY),
                LocalTime.of(13, 30), LocalTime.of(15, 30));

        weekly(activity(pomhorst.get(), "Knutselmiddag", ActivityType.KINDERACTIVITEIT, "Kinderen 6–12 jaar",
                        OrganiserKind.CENTRE, null, 15, true, "Knutselen met wisselende thema's."),
                room(pomhorst.get(), "Kinderhoek"), from, until, Set.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 0));
        weekly(activity(pomhorst.get(), "Spreekuur wijkagent", ActivityType.SPREEKUUR, "Bewoners Oost",
                        OrganiserKind.PARTNER, "Politie Oost", 6, true, "Zonder afspraak binnenlopen met vragen."),
                room(pomhorst.get(), "Spreekkamer"), from, until, Set.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0), LocalTime.of(10, 0));
        single(activity(pomhorst.get(), "Inspraakavond herinrichting Pomhorst", ActivityType.PARTICIPATION_EVENING,
                        "Bewoners Oost", OrganiserKind.CENTRE, null, 50, true,
                        "De gemeente presenteert de plannen voor de herinrichting; uw mening telt."),
                room(pomhorst.get(), "Zaal"), evening, LocalTime.of(20, 0), LocalTime.of(22, 0));
        log.info("Programme demo data loaded: {} activities, {} sessions", activities.count(), sessions.count());
    }

    private void holidays(Centre centre, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            closingDays.save(new ClosingDay(centre, MonthDay.of(12, 25).atYear(year), "Eerste kerstdag"));
            closingDays.save(new ClosingDay(centre, MonthDay.of(12, 26).atYear(year), "Tweede kerstdag"));
            closingDays.save(new ClosingDay(centre, MonthDay.of(1, 1).atYear(year), "Nieuwjaarsdag"));
            closingDays.save(new ClosingDay(centre, MonthDay.of(4, 27).atYear(year), "Koningsdag"));
        }
    }

    private Activity activity(Centre centre, String title, ActivityType type, String targetGroup, OrganiserKind kind,
                              String contact, int expected, boolean isPublic, String description) {
        var activity = new Activity(centre, title, type);
        activity.setTargetGroup(targetGroup);
        activity.setOrganiserKind(kind);
        activity.setOrganiserContact(contact);
        activity.setExpectedParticipants(expected);
        activity.setPublicListed(isPublic);
        activity.setDescription(description);
        return activities.save(activity);
    }

    private Room room(Centre centre, String name) {
        return rooms.findByCentreIdOrderByName(centre.getId()).stream()
                .filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    private void weekly(Activity activity, Room room, LocalDate from, LocalDate until, Set<DayOfWeek> days,
                        LocalTime start, LocalTime end) {
        var weekly = series.save(new SessionSeries(activity, room, from, until, days, start, end, false));
        var closed = closingDays.findByCentreIdAndDayBetweenOrderByDay(activity.getCentre().getId(), from, until)
                .stream().map(ClosingDay::getDay).toList();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Slot.ZONE));
        var list = new ArrayList<ActivitySession>();
        int n = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek()) || closed.contains(day)) {
                continue;
            }
            var session = new ActivitySession(activity, room, weekly, day.atTime(start), day.atTime(end));
            if (session.getEndsAt().isBefore(now)) {
                int expected = activity.getExpectedParticipants();
                int visitors = Math.max(1, expected - 4 + (n * 7) % 9);
                session.recordAttendance(visitors, n % 3 == 0 ? 1 + n % 2 : 0);
            }
            list.add(session);
            n++;
        }
        sessions.saveAll(list);
    }

    private void single(Activity activity, Room room, LocalDate day, LocalTime start, LocalTime end) {
        sessions.save(new ActivitySession(activity, room, null, day.atTime(start), day.atTime(end)));
    }
}
