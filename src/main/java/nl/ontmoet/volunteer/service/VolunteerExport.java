package nl.ontmoet.volunteer.service;

import nl.ontmoet.volunteer.domain.Availability;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.domain.PaymentRow;
import nl.ontmoet.volunteer.domain.ReimbursementRow;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerTag;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The AVG copy of a volunteer's data as readable JSON with Dutch field names, for the person themselves. */
final class VolunteerExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VolunteerExport() {
    }

    static byte[] json(Volunteer volunteer, List<Engagement> engagements, int otherCentres, String madeBy,
                       Instant madeAt, Function<Engagement, List<HoursRow>> hours,
                       Function<Engagement, List<PaymentRow>> payments,
                       Function<Engagement, List<ReimbursementRow>> reimbursements) {
        var root = new LinkedHashMap<String, Object>();
        var about = new LinkedHashMap<String, Object>();
        about.put("gemaaktOp", madeAt.toString());
        about.put("gemaaktDoor", madeBy);
        if (otherCentres > 0) {
            about.put("opmerking", "Deze vrijwilliger is ook bij " + otherCentres
                    + " ander(e) centrum/centra ingeschreven; een beheerder kan een volledig overzicht maken.");
        }
        root.put("overzicht", about);
        var person = new LinkedHashMap<String, Object>();
        person.put("id", volunteer.getId());
        person.put("naam", volunteer.getName());
        person.put("email", volunteer.getEmail());
        person.put("telefoon", volunteer.getPhone());
        person.put("geboortedatum", text(volunteer.getDateOfBirth()));
        person.put("vergoedingAndereOrganisatiesPerMaand", text(volunteer.getOtherAllowancePerMonth()));
        person.put("vergoedingAndereOrganisatiesVanaf", text(volunteer.getOtherAllowanceFrom()));
        person.put("vergoedingAndereOrganisatiesTot", text(volunteer.getOtherAllowanceUntil()));
        person.put("vaardigheden", labels(volunteer, TagKind.SKILL));
        person.put("interesses", labels(volunteer, TagKind.INTEREST));
        person.put("gewistOp", text(volunteer.getErasedAt()));
        person.put("vastgelegdOp", text(volunteer.getCreatedAt()));
        root.put("persoon", person);
        root.put("inzet", engagements.stream()
                .map(e -> engagement(e, hours.apply(e), payments.apply(e), reimbursements.apply(e))).toList());
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> engagement(Engagement e, List<HoursRow> hours, List<PaymentRow> payments,
                                                  List<ReimbursementRow> reimbursements) {
        var map = new LinkedHashMap<String, Object>();
        map.put("centrum", e.getCentre().getName());
        map.put("begonnenOp", text(e.getStartDate()));
        map.put("status", e.getStatus().name());
        map.put("taken", e.getTasks());
        map.put("vogNodig", e.isVogNeeded());
        map.put("vogDatum", text(e.getVogDate()));
        map.put("aantekeningen", e.getNotes());
        map.put("beschikbaar", e.getAvailability().stream().map(Availability::slot).sorted()
                .map(slot -> slot.dayOfWeek() + " " + slot.dayPart()).toList());
        map.put("uren", hours.stream().map(VolunteerExport::hours).toList());
        map.put("vergoedingen", payments.stream().map(VolunteerExport::payment).toList());
        map.put("onkostenvergoedingen", reimbursements.stream().map(VolunteerExport::reimbursement).toList());
        return map;
    }

    private static Map<String, Object> hours(HoursRow row) {
        var map = new LinkedHashMap<String, Object>();
        map.put("datum", text(row.workDate()));
        map.put("activiteitOfTaak", row.what());
        map.put("uren", text(row.hours()));
        map.put("goedgekeurd", row.approved());
        return map;
    }

    private static Map<String, Object> reimbursement(ReimbursementRow row) {
        var map = new LinkedHashMap<String, Object>();
        map.put("datum", text(row.paymentDate()));
        map.put("omschrijving", row.description());
        map.put("bedrag", text(row.amount()));
        return map;
    }

    private static Map<String, Object> payment(PaymentRow row) {
        var map = new LinkedHashMap<String, Object>();
        map.put("datum", text(row.paymentDate()));
        map.put("soort", row.kind().name());
        map.put("uren", text(row.hours()));
        map.put("tarief", text(row.rate()));
        map.put("bedrag", text(row.amount()));
        map.put("bovenMaximumReden", row.overrideReason());
        return map;
    }

    private static List<String> labels(Volunteer volunteer, TagKind kind) {
        return volunteer.getTags().stream().filter(t -> t.getKind() == kind).map(VolunteerTag::getLabel).sorted()
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
