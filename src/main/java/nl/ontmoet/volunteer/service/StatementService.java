package nl.ontmoet.volunteer.service;

import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
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
public class StatementService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final AllowancePaymentRepository payments;
    private final AllowanceLimitRepository limits;
    private final VolunteerScope scope;
    private final AuditService audit;
    private final Clock clock;

    StatementService(AllowancePaymentRepository payments, AllowanceLimitRepository limits, VolunteerScope scope,
                     AuditService audit, Clock clock) {
        this.payments = payments;
        this.limits = limits;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StatementFile statement(long centreId, long volunteerId, int year) {
        var volunteer = scope.requireReadable(centreId, volunteerId).getVolunteer();
        audit.recordRead("VolunteerStatement", volunteerId);
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph("Jaaroverzicht vrijwilligersvergoedingen " + year, title));
        document.add(new Paragraph(volunteer.getName() + (volunteer.getDateOfBirth() == null ? ""
                : ", geboren " + DATE.format(volunteer.getDateOfBirth())), normal));
        document.add(new Paragraph("Gemaakt op " + DATE.format(LocalDate.now(clock))
                + ". Alle vergoedingen van alle ontmoetingscentra van de gemeente.", normal));
        document.add(new Paragraph(" "));

        var table = new PdfPTable(new float[]{2, 4, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : new String[]{"Maand", "Centrum", "Bedrag"}) {
            table.addCell(new PdfPCell(new Phrase(header, bold)));
        }
        var total = BigDecimal.ZERO;
        Map<String, BigDecimal> perCentre = new LinkedHashMap<>();
        for (Object[] line : payments.statementLines(volunteerId, year)) {
            var centre = (String) line[0];
            var amount = (BigDecimal) line[2];
            table.addCell(new Phrase(Month.of(((Number) line[1]).intValue()).getDisplayName(TextStyle.FULL, DUTCH),
                    normal));
            table.addCell(new Phrase(centre, normal));
            table.addCell(amountCell(amount, normal));
            total = total.add(amount);
            perCentre.merge(centre, amount, BigDecimal::add);
        }
        table.addCell(new PdfPCell(new Phrase("Totaal " + year, bold)));
        table.addCell(new PdfPCell(new Phrase("", bold)));
        table.addCell(amountCell(total, bold));
        document.add(table);

        document.add(new Paragraph(" "));
        document.add(new Paragraph("Per centrum", heading));
        perCentre.forEach((centre, amount) -> document.add(new Paragraph(centre + ": " + euro(amount), normal)));
        var other = volunteer.getOtherAllowancePerMonth() == null ? BigDecimal.ZERO : volunteer.getOtherAllowancePerMonth();
        document.add(new Paragraph("Opgegeven vergoeding van andere organisaties: " + euro(other) + " per maand.",
                normal));

        document.add(new Paragraph(" "));
        document.add(new Paragraph("Maxima van " + year, heading));
        var yearLimits = limits.findByYear(year);
        if (yearLimits.isEmpty()) {
            document.add(new Paragraph("Voor " + year + " zijn nog geen maxima ingevoerd.", normal));
        } else {
            AllowanceLimit l = yearLimits.get();
            document.add(new Paragraph("Per uur, 21 jaar en ouder: " + euro(l.getMaxPerHourAdult()), normal));
            document.add(new Paragraph("Per uur, jonger dan 21: " + euro(l.getMaxPerHourYoung()), normal));
            document.add(new Paragraph("Per maand: " + euro(l.getMaxPerMonth()), normal));
            document.add(new Paragraph("Per jaar: " + euro(l.getMaxPerYear()), normal));
        }
        document.close();
        return new StatementFile("jaaroverzicht-vrijwilligersvergoeding-" + year + "-" + volunteerId + ".pdf",
                "application/pdf", out.toByteArray());
    }

    private static PdfPCell amountCell(BigDecimal amount, Font font) {
        var cell = new PdfPCell(new Phrase(euro(amount), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static String euro(BigDecimal amount) {
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH)).format(amount);
    }
}
