package nl.ontmoet.demo;

import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.Engagement;
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
import java.time.LocalDate;

/** A handful of volunteers at the demo centres, one of them at two centres. Only into empty tables. */
@Component
@Profile("default")
@Order(50)
class VolunteerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolunteerDemoData.class);

    private final CentreRepository centres;
    private final VolunteerRepository volunteers;
    private final EngagementRepository engagements;
    private final Clock clock;

    VolunteerDemoData(CentreRepository centres, VolunteerRepository volunteers, EngagementRepository engagements,
                      Clock clock) {
        this.centres = centres;
        this.volunteers = volunteers;
        this.engagements = engagements;
        this.clock = clock;
    }

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
        engage(ria, nude.get(), today.minusYears(6), VolunteerStatus.ACTIEF, "Bardienst, koffieochtend", false, null,
                "Komt op dinsdag en donderdag.");
        engage(ria, pomhorst.get(), today.minusYears(2), VolunteerStatus.ACTIEF, "Repair café", false, null, null);
        var mohamed = volunteer("Mohamed Ouali", "m.ouali@example.nl", "06-98765432", LocalDate.of(1988, 2, 29),
                "50.00");
        engage(mohamed, nude.get(), today.minusMonths(14), VolunteerStatus.ACTIEF, "Computerhulp, taalcafé", true,
                today.minusMonths(14), "Krijgt ook een vergoeding van de bibliotheek.");
        var lotte = volunteer("Lotte Smits", "lotte.smits@example.nl", null, today.minusYears(17).minusDays(40),
                "0.00");
        engage(lotte, nude.get(), today.minusWeeks(3), VolunteerStatus.AANMELDING, "Huiswerkbegeleiding", true, null,
                "VOG aangevraagd.");
        var gerard = volunteer("Gerard Hendriks", null, "040-2123456", LocalDate.of(1949, 11, 3), "0.00");
        engage(gerard, pomhorst.get(), today.minusYears(9), VolunteerStatus.GESTOPT, "Tuinonderhoud", false, null,
                "Gestopt wegens verhuizing.");
        log.info("Demo volunteers added");
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

    private void engage(Volunteer volunteer, Centre centre, LocalDate start, VolunteerStatus status, String tasks,
                        boolean vogNeeded, LocalDate vogDate, String notes) {
        var e = new Engagement(volunteer, centre);
        e.setStartDate(start);
        e.setStatus(status);
        e.setTasks(tasks);
        e.setVogNeeded(vogNeeded);
        e.setVogDate(vogDate);
        e.setNotes(notes);
        engagements.save(e);
    }
}
