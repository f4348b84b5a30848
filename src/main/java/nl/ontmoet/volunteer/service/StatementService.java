package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.pdf.PdfDocument;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yearly statement of a volunteer's allowances as PDF, for their own records (and their tax return). It lists
 * the allowances of EVERY centre that paid them, not only the reader's: a statement that leaves out payments would
 * be useless to the volunteer, and the sum over all centres is what the limits are about anyway. Only the
 * coordinators of a centre where the volunteer is engaged (and admins) can print it; reads are audited.
 * The statement is a Dutch document, so its texts are Dutch whatever the reader's language.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class StatementService {

    private static final Formats DUTCH = Formats.DUTCH;

    private final AllowancePaymentRepository payments;
    private final AllowanceLimitRepository limits;
    private final VolunteerScope scope;
    private final AuditService audit;
    private final PaymentService paymentService;
    private final PaymentRetentionService retention;
    private final Clock clock;

    @Transactional
    public DownloadFile statement(long centreId, long volunteerId, int year) {
        var volunteer = scope.requireReadable(centreId, volunteerId).getVolunteer();
        audit.recordRead("VolunteerStatement", volunteerId);
        var pdf = new PdfDocument(16, 12);
        Font bold = pdf.boldFont();
        Font normal = pdf.normalFont();
        pdf.title("Jaaroverzicht vrijwilligersvergoedingen " + year);
        pdf.paragraph(volunteer.getName() + (volunteer.getDateOfBirth() == null ? ""
                : ", geboren " + DUTCH.date(volunteer.getDateOfBirth())));
        if (volunteer.isErased() && scope.isAdmin()) {
            retention.payee(volunteerId).ifPresent(kept -> pdf.paragraph("Ontvanger (bewaard voor de fiscale "
                    + "bewaarplicht tot en met " + DUTCH.date(kept.getRetainUntil()) + "): " + kept.getName()
                    + (kept.getDateOfBirth() == null ? "" : ", geboren " + DUTCH.date(kept.getDateOfBirth()))));
        }
        pdf.paragraph("Gemaakt op " + DUTCH.date(LocalDate.now(clock))
                + ". Alle vergoedingen van alle ontmoetingscentra van de gemeente.");
        pdf.blank();

        var table = PdfDocument.table(100, 2, 4, 2);
        table.setHeaderRows(1);
        for (var header : new String[]{"Maand", "Centrum", "Bedrag"}) {
            table.addCell(new PdfPCell(new Phrase(header, bold)));
        }
        var total = BigDecimal.ZERO;
        Map<String, BigDecimal> perCentre = new LinkedHashMap<>();
        for (Object[] line : payments.statementLines(volunteerId, year)) {
            var centre = (String) line[0];
            var amount = (BigDecimal) line[2];
            table.addCell(new Phrase(DUTCH.monthName(Month.of(((Number) line[1]).intValue())), normal));
            table.addCell(new Phrase(centre, normal));
            table.addCell(PdfDocument.cell(euro(amount), normal, Element.ALIGN_RIGHT));
            total = total.add(amount);
            perCentre.merge(centre, amount, BigDecimal::add);
        }
        table.addCell(new PdfPCell(new Phrase("Totaal " + year, bold)));
        table.addCell(new PdfPCell(new Phrase("", bold)));
        table.addCell(PdfDocument.cell(euro(total), bold, Element.ALIGN_RIGHT));
        pdf.add(table);
        paymentService.taxableYear(centreId, volunteerId, year).ifPresent(taxable -> {
            pdf.blank();
            pdf.bold(taxableText(taxable));
        });

        pdf.blank();
        pdf.heading("Per centrum");
        perCentre.forEach((centre, amount) -> pdf.paragraph(centre + ": " + euro(amount)));
        var other = volunteer.getOtherAllowancePerMonth() == null ? BigDecimal.ZERO : volunteer.getOtherAllowancePerMonth();
        pdf.paragraph("Opgegeven vergoeding van andere organisaties: " + euro(other) + " per maand"
                + period(volunteer.getOtherAllowanceFrom(), volunteer.getOtherAllowanceUntil()) + ".");
        reimbursements(pdf, volunteerId, year);

        pdf.blank();
        pdf.heading("Maxima van " + year);
        var yearLimits = limits.findByYear(year);
        if (yearLimits.isEmpty()) {
            pdf.paragraph("Voor " + year + " zijn nog geen maxima ingevoerd.");
        } else {
            AllowanceLimit l = yearLimits.get();
            pdf.paragraph("Per uur, 21 jaar en ouder: " + euro(l.getMaxPerHourAdult()));
            pdf.paragraph("Per uur, jonger dan 21: " + euro(l.getMaxPerHourYoung()));
            pdf.paragraph("Per maand: " + euro(l.getMaxPerMonth()));
            pdf.paragraph("Per jaar: " + euro(l.getMaxPerYear()));
        }
        return new DownloadFile("jaaroverzicht-vrijwilligersvergoeding-" + year + "-" + volunteerId + ".pdf",
                DownloadFile.PDF, pdf.toBytes());
    }

    /** Reimbursed costs: no allowance, so apart from the table above and outside every limit. */
    private void reimbursements(PdfDocument pdf, long volunteerId, int year) {
        pdf.blank();
        pdf.heading("Onkostenvergoedingen " + year);
        pdf.paragraph("Vergoeding van werkelijk gemaakte kosten met bon. Dit is geen vrijwilligersvergoeding en telt "
                + "niet mee voor de maxima.");
        var lines = payments.reimbursementLines(volunteerId, year);
        if (lines.isEmpty()) {
            pdf.paragraph("Geen onkostenvergoedingen in " + year + ".");
            return;
        }
        var table = PdfDocument.table(100, 2, 3, 4, 2);
        table.setHeaderRows(1);
        for (var header : new String[]{"Datum", "Centrum", "Omschrijving", "Bedrag"}) {
            table.addCell(new PdfPCell(new Phrase(header, pdf.boldFont())));
        }
        var total = BigDecimal.ZERO;
        for (Object[] line : lines) {
            table.addCell(new Phrase(DUTCH.date((LocalDate) line[1]), pdf.normalFont()));
            table.addCell(new Phrase((String) line[0], pdf.normalFont()));
            table.addCell(new Phrase((String) line[2], pdf.normalFont()));
            table.addCell(PdfDocument.cell(euro((BigDecimal) line[3]), pdf.normalFont(), Element.ALIGN_RIGHT));
            total = total.add((BigDecimal) line[3]);
        }
        table.addCell(new PdfPCell(new Phrase("Totaal onkosten " + year, pdf.boldFont())));
        table.addCell(new PdfPCell(new Phrase("", pdf.boldFont())));
        table.addCell(new PdfPCell(new Phrase("", pdf.boldFont())));
        table.addCell(PdfDocument.cell(euro(total), pdf.boldFont(), Element.ALIGN_RIGHT));
        pdf.add(table);
    }

    static String taxableText(TaxableYear taxable) {
        return "Let op: in " + taxable.year() + " is boven een maximum betaald (met toestemming van de beheerder). "
                + "De Belastingdienst ziet daardoor het hele bedrag van " + taxable.year() + ", "
                + euro(taxable.allCentres()) + " bij alle centra samen, als belast inkomen en niet als "
                + "belastingvrije vrijwilligersvergoeding.";
    }

    private static String period(LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return "";
        }
        return (from == null ? "" : " vanaf " + DUTCH.date(from)) + (until == null ? "" : " tot en met "
                + DUTCH.date(until));
    }

    static String euro(BigDecimal amount) {
        return DUTCH.money(amount);
    }
}
