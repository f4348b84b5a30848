package nl.ontmoet.volunteer;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.TestUsers;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.HoursInput;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.PaymentInput;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.LinkConfirmationNeededException;
import nl.ontmoet.volunteer.service.LinkRequestedException;
import nl.ontmoet.volunteer.service.VolunteerLinkService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test helper: registers volunteers as a given user and counts what was stored. */
@Component
@RequiredArgsConstructor
public class VolunteerFixture {

    public static final String NUDE = "huis-van-de-wijk-de-nude";
    public static final String ONS_HUIS = "buurthuis-ons-huis";
    public static final String POMHORST = "wijkcentrum-de-pomhorst";

    private final TestUsers users;
    private final CentreRepository centres;
    private final VolunteerService volunteers;
    private final VolunteerLinkService links;
    private final HoursService hours;
    private final JdbcTemplate jdbc;

    public long centre(String slug) {
        return centres.findBySlug(slug).orElseThrow().getId();
    }

    /** Registers the volunteer at the centre as the given coordinator; the same person at a second centre. */
    public long register(String coordinator, String slug, String name, LocalDate born, String otherPerMonth) {
        var d = person(name, born, LocalDate.of(2020, 1, 1));
        d.setOtherAllowancePerMonth(new BigDecimal(otherPerMonth));
        return save(coordinator, centre(slug), d).getVolunteerId();
    }

    /** Registers with what other organisations pay from a given date on. */
    public long registerWithOther(String name, LocalDate born, String otherPerMonth, LocalDate otherFrom) {
        var d = person(name, born, LocalDate.of(2020, 1, 1));
        d.setOtherAllowancePerMonth(new BigDecimal(otherPerMonth));
        d.setOtherAllowanceFrom(otherFrom);
        return save("coordinator", centre(NUDE), d).getVolunteerId();
    }

    /** The same person at De Nude (by coordinator) and at De Pomhorst (by coordinator2): one volunteer. */
    public long registerAtBoth(String name, LocalDate born, String otherPerMonth) {
        long id = register("coordinator", NUDE, name, born, otherPerMonth);
        register("coordinator2", POMHORST, name, born, otherPerMonth);
        return id;
    }

    /** An active volunteer as the form would send them, with nothing more than the form requires. */
    public static VolunteerDetails person(String name, LocalDate born, LocalDate start) {
        var d = new VolunteerDetails();
        d.setName(name);
        d.setDateOfBirth(born);
        d.setStartDate(start);
        d.setStatus(VolunteerStatus.ACTIEF);
        return d;
    }

    /**
     * Saves as the given user; a person already registered elsewhere is linked the way the application allows it:
     * the user confirms when they may see the person, else an admin confirms the link request.
     */
    public VolunteerDetails save(String username, long centreId, VolunteerDetails details) {
        try {
            return users.as(username, () -> volunteers.save(centreId, details));
        } catch (LinkConfirmationNeededException known) {
            details.setLinkConfirmed(true);
            return users.as(username, () -> volunteers.save(centreId, details));
        } catch (LinkRequestedException requested) {
            long request = jdbc.queryForObject("""
                    select max(id) from volunteer_link_request where centre_id = ? and status = 'PENDING'""",
                    Long.class, centreId);
            users.as("admin", () -> links.confirm(request));
            var ids = jdbc.queryForList("""
                    select v.id from volunteer v join volunteer_link_request r on r.volunteer_id = v.id
                    where r.id = ?""", Long.class, request);
            return users.as(username, () -> volunteers.get(centreId, ids.getFirst()));
        }
    }

    public static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    public long approvedHours(String coordinator, String slug, long volunteerId, LocalDate day, String amount) {
        return users.as(coordinator, () -> {
            long id = hours.enter(centre(slug), volunteerId, new HoursInput(day, null, "Bardienst",
                    new BigDecimal(amount)));
            hours.approve(centre(slug), volunteerId, id);
            return id;
        });
    }

    public static PaymentInput fixed(LocalDate date, String amount) {
        return new PaymentInput(date, PaymentKind.FIXED, new BigDecimal(amount), null, null);
    }

    /** A fixed amount for chosen hours entries. */
    public static PaymentInput fixedForHours(LocalDate date, String amount, java.util.List<Long> hoursIds) {
        return new PaymentInput(date, PaymentKind.FIXED, new BigDecimal(amount), null, hoursIds, null);
    }

    public static PaymentInput hourlyFor(LocalDate date, String rate, java.util.List<Long> hoursIds) {
        return new PaymentInput(date, PaymentKind.HOURLY, null, new BigDecimal(rate), hoursIds, null);
    }

    public static PaymentInput hourly(LocalDate date, String rate) {
        return new PaymentInput(date, PaymentKind.HOURLY, null, new BigDecimal(rate), null);
    }

    public int paidHoursEntries(long volunteerId) {
        return jdbc.queryForObject("""
                select count(*) from volunteer_hours where volunteer_id = ? and paid_by_payment_id is not null""",
                Integer.class, volunteerId);
    }

    public int payments(long volunteerId) {
        return jdbc.queryForObject("select count(*) from volunteer_payment where volunteer_id = ?", Integer.class,
                volunteerId);
    }

    public BigDecimal paidInYear(long volunteerId, int year) {
        return jdbc.queryForObject("""
                select coalesce(sum(amount), 0) from volunteer_payment
                where volunteer_id = ? and year(payment_date) = ? and kind <> 'REIMBURSEMENT'""", BigDecimal.class,
                volunteerId, year);
    }

    public int ledgerEntries() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Integer.class);
    }

    public int hoursEntries(long volunteerId) {
        return jdbc.queryForObject("select count(*) from volunteer_hours where volunteer_id = ?", Integer.class,
                volunteerId);
    }
}
