package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.HoursEntry;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.Availability;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.VolunteerTag;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerRepository;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A handful of volunteers at the demo centres, one of them at two centres, with skills, interests and availability
 * that match some of the demo activities, one VOG missing and one too old, and hours and allowances in the latest
 * year that has limits; Mohamed is near the year limit. Only into empty tables.
 */
@Component
@Profile("demo")
@Order(50)
@RequiredArgsConstructor
class VolunteerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolunteerDemoData.class);

    private final CentreRepository centres;
    private final DemoAccounts accounts;
    private final VolunteerRepository volunteers;
    private final EngagementRepository engagements;
    private final Clock clock;
    private final AllowanceLimitRepository limits;
    private final HoursEntryRepository hoursEntries;
    private final AllowancePaymentRepository payments;
    private final LedgerEntryRepository ledger;
    private final CategoryRepository categories;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var nude = centres.findBySlug("huis-van-de-wijk-de-nude");
        var pomhorst = centres.findBySlug("wijkcentrum-de-pomhorst");
        if (volunteers.count() > 0 || nude.isEmpty() || pomhorst.isEmpty()) {
            return;
        }
        var today = LocalDate.now(clock);
        var ria = volunteer("Ria van den Berg", "ria.vandenberg@example.nl", "06-21436587", LocalDate.of(1956, 9, 12),
                "0.00");
        tag(ria, TagKind.SKILL, "Koffie zetten", "Bardienst");
        tag(ria, TagKind.INTEREST, "Handwerken");
        var riaAtNude = engage(ria, nude.get(), today.minusYears(6), VolunteerStatus.ACTIEF, "Bardienst, koffieochtend",
                false, null, "Komt op dinsdag en donderdag.");
        available(riaAtNude, DayOfWeek.TUESDAY, DayPart.MORNING, DayOfWeek.THURSDAY, DayPart.MORNING);
        engage(ria, pomhorst.get(), today.minusYears(2), VolunteerStatus.ACTIEF, "Repair café", false, null, null);
        var mohamed = volunteer("Mohamed Ouali", "m.ouali@example.nl", "06-98765432", LocalDate.of(1988, 2, 29),
                "50.00");
        tag(mohamed, TagKind.SKILL, "Computer", "Nederlandse les");
        tag(mohamed, TagKind.INTEREST, "Techniek");
        var mohamedAtNude = engage(mohamed, nude.get(), today.minusMonths(14), VolunteerStatus.ACTIEF,
                "Computerhulp, taalcafé", true, today.minusMonths(14), "Krijgt ook een vergoeding van de bibliotheek.");
        available(mohamedAtNude, DayOfWeek.MONDAY, DayPart.AFTERNOON, DayOfWeek.WEDNESDAY, DayPart.EVENING);
        var kees = volunteer("Kees Verhoeven", "kees.verhoeven@example.nl", "06-11223344", LocalDate.of(1967, 5, 20),
                "0.00");
        tag(kees, TagKind.SKILL, "Koken", "Wijkavond organiseren");
        tag(kees, TagKind.INTEREST, "Wandelen");
        var keesAtNude = engage(kees, nude.get(), today.minusYears(5), VolunteerStatus.ACTIEF, "Kookcafé, wijkavonden",
                true, today.minusYears(4).minusMonths(2), null);
        available(keesAtNude, DayOfWeek.TUESDAY, DayPart.EVENING, DayOfWeek.WEDNESDAY, DayPart.EVENING);
        var lotte = volunteer("Lotte Smits", "lotte.smits@example.nl", null, today.minusYears(17).minusDays(40),
                "0.00");
        engage(lotte, nude.get(), today.minusWeeks(3), VolunteerStatus.AANMELDING, "Huiswerkbegeleiding", true, null,
                "VOG aangevraagd.");
        var gerard = volunteer("Gerard Hendriks", null, "040-2123456", LocalDate.of(1949, 11, 3), "0.00");
        engage(gerard, pomhorst.get(), today.minusYears(9), VolunteerStatus.GESTOPT, "Tuinonderhoud", false, null,
                "Gestopt wegens verhuizing.");
        var paidYear = limits.findAll().stream().mapToInt(l -> l.getYear()).filter(y -> y <= today.getYear()).max();
        if (paidYear.isPresent()) {
            int year = paidYear.getAsInt();
            var nudeCentre = nude.get();
            for (int month = 1; month <= 10; month++) {
                var day = LocalDate.of(year, month, 6);
                var bar = hours(ria, nudeCentre, day, "Bardienst", "3.5", true);
                var coffee = hours(ria, nudeCentre, day.plusDays(2), "Koffieochtend", "2", true);
                hours(mohamed, nudeCentre, day.plusDays(1), "Computerhulp", "4", true);
                long paymentId = pay(ria, nudeCentre, LocalDate.of(year, month, 28), PaymentKind.HOURLY,
                        new BigDecimal("5.5"), new BigDecimal("5.00"));
                bar.paidBy(paymentId);
                coffee.paidBy(paymentId);
                hoursEntries.saveAll(java.util.List.of(bar, coffee));
                if (month <= 8) {
                    // 50 a month elsewhere and 160 here: 1.880 of the 2.100, near the year limit
                    pay(mohamed, nudeCentre, LocalDate.of(year, month, 28), PaymentKind.FIXED, null, null);
                }
            }
            hours(ria, pomhorst.get(), LocalDate.of(year, 3, 14), "Repair café", "4", true);
            hours(ria, nudeCentre, LocalDate.of(year, 11, 6), "Bardienst", "3", false);
        }
        log.info("Demo volunteers added");
    }

    private HoursEntry hours(Volunteer volunteer, Centre centre, LocalDate day, String task, String amount,
                       boolean approved) {
        var entry = new HoursEntry(volunteer, centre, day, null, task, new BigDecimal(amount));
        if (approved) {
            entry.approve("coordinator", day.plusDays(20).atStartOfDay(clock.getZone()).toInstant());
        }
        return hoursEntries.save(entry);
    }

    private long pay(Volunteer volunteer, Centre centre, LocalDate date, PaymentKind kind, BigDecimal hours,
                     BigDecimal rate) {
        var amount = kind == PaymentKind.HOURLY ? hours.multiply(rate).setScale(2) : new BigDecimal("160.00");
        var entry = new LedgerEntry(centre);
        entry.setAccount(accounts.defaultAccount(centre));
        entry.setEntryDate(date);
        entry.setDirection(Direction.EXPENSE);
        entry.setCategory(categories.findByCode("VRIJWILLIGERS").orElseThrow());
        entry.setAmount(amount);
        entry.setDescription("Vrijwilligersvergoeding " + Formats.DUTCH.month(java.time.YearMonth.from(date)));
        entry.setCounterparty("Vrijwilliger " + volunteer.getId());
        var payment = new AllowancePayment(volunteer, centre, date, kind, hours, rate, amount);
        payment.bookedAs(ledger.save(entry).getId());
        return payments.save(payment).getId();
    }

    private Volunteer volunteer(String name, String email, String phone, LocalDate born, String other) {
        var v = new Volunteer();
        v.setName(name);
        v.setEmail(email);
        v.setPhone(phone);
        v.setDateOfBirth(born);
        v.setOtherAllowancePerMonth(new BigDecimal(other));
        return volunteers.save(v);
    }

    private void tag(Volunteer volunteer, TagKind kind, String... labels) {
        for (var label : labels) {
            volunteer.getTags().add(new VolunteerTag(kind, label));
        }
        volunteers.save(volunteer);
    }

    /** Pairs of weekday and day part. */
    private void available(Engagement engagement, Object... dayAndPart) {
        for (int i = 0; i < dayAndPart.length; i += 2) {
            engagement.getAvailability().add(new Availability((DayOfWeek) dayAndPart[i], (DayPart) dayAndPart[i + 1]));
        }
        engagements.save(engagement);
    }

    private Engagement engage(Volunteer volunteer, Centre centre, LocalDate start, VolunteerStatus status, String tasks,
                        boolean vogNeeded, LocalDate vogDate, String notes) {
        var e = new Engagement(volunteer, centre);
        e.setStartDate(start);
        e.setStatus(status);
        e.setTasks(tasks);
        e.setVogNeeded(vogNeeded);
        e.setVogDate(vogDate);
        e.setNotes(notes);
        return engagements.save(e);
    }
}
