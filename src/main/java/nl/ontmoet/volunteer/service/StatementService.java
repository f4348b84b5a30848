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

        pdf.blank();
        pdf.heading("Per centrum");
        perCentre.forEach((centre, amount) -> pdf.paragraph(centre + ": " + euro(amount)));
        var other = volunteer.getOtherAllowancePerMonth() == null ? BigDecimal.ZERO : volunteer.getOtherAllowancePerMonth();
        pdf.paragraph("Opgegeven vergoeding van andere organisaties: " + euro(other) + " per maand.");

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

    static String euro(BigDecimal amount) {
        return DUTCH.money(amount);
    }
}
