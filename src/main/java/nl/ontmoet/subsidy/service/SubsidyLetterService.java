package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The decision letter (beschikking verlening) and the settlement letter (beschikking vaststelling) as PDF, built
 * from the stored decision. Whoever may read the application may download its letters; others get "not found".
 * Letters are formal documents of a Dutch municipality, so they are always in Dutch.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SubsidyLetterService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final ApplicationGuard guard;
    private final BundleI18NProvider i18n;
    private final String municipality;
    private final Clock clock;

    SubsidyLetterService(ApplicationGuard guard, com.vaadin.flow.i18n.I18NProvider i18n,
                         @Value("${ontmoet.municipality:Gemeente}") String municipality, Clock clock) {
        this.guard = guard;
        this.i18n = (BundleI18NProvider) i18n;
        this.municipality = municipality;
        this.clock = clock;
    }

    public SubsidyLetter decisionLetter(long applicationId) {
        var application = guard.readable(applicationId);
        if (!application.getStatus().isGranted()) {
            throw new BusinessRuleException("subsidy.error.noDecisionLetter");
        }
        var letter = new LetterWriter();
        letter.heading(text("subsidy.letter.decision.title"), day(application.getDecidedAt()), application);
        letter.paragraph(text("subsidy.letter.decision.intro", application.getTitle(), money(application.getGrantedAmount())));
        letter.amounts(new String[][]{
                {text("subsidy.requestedAmount"), money(application.getRequestedAmount())},
                {text("subsidy.grantedAmount"), money(application.getGrantedAmount())}});
        if (application.getGrantConditions() != null) {
            letter.section(text("subsidy.grantConditions"), application.getGrantConditions());
        }
        if (application.getScheme().getConditions() != null) {
            letter.section(text("subsidy.letter.schemeConditions"), application.getScheme().getConditions());
        }
        if (application.isSettledWithoutReport()) {
            letter.section(text("subsidy.letter.grantedAndSettled"),
                    text("subsidy.letter.grantedAndSettled.text", money(application.getFinalAmount())));
        } else {
            letter.section(text("subsidy.reportDueOn"),
                    text("subsidy.letter.reportDue", DATE.format(application.getReportDueOn())));
        }
        letter.closing(text("subsidy.letter.closing", municipality));
        return new SubsidyLetter("beschikking-verlening-" + application.getId() + ".pdf", letter.bytes());
    }

    public SubsidyLetter settlementLetter(long applicationId) {
        var application = guard.readable(applicationId);
        if (application.getStatus() != SubsidyStatus.SETTLED) {
            throw new BusinessRuleException("subsidy.error.noSettlementLetter");
        }
        var letter = new LetterWriter();
        letter.heading(text("subsidy.letter.settlement.title"), day(application.getSettledAt()), application);
        letter.paragraph(text("subsidy.letter.settlement.intro", application.getTitle(),
                money(application.getFinalAmount())));
        letter.amounts(new String[][]{
                {text("subsidy.grantedAmount"), money(application.getGrantedAmount())},
                {text("subsidy.finalAmount"), money(application.getFinalAmount())},
                {text("subsidy.toRepay"), money(application.getToRepay())}});
        if (application.getToRepay().signum() > 0) {
            letter.paragraph(text("subsidy.letter.repay", money(application.getToRepay())));
        }
        if (application.getSettlementRemark() != null) {
            letter.section(text("subsidy.settlementRemark"), application.getSettlementRemark());
        }
        letter.closing(text("subsidy.letter.closing", municipality));
        return new SubsidyLetter("beschikking-vaststelling-" + application.getId() + ".pdf", letter.bytes());
    }

    private String text(String key, Object... arguments) {
        return i18n.getTranslation(key, BundleI18NProvider.DUTCH, arguments);
    }

    private String day(Instant at) {
        return DATE.format(at == null ? LocalDate.now(clock) : LocalDate.ofInstant(at, clock.getZone()));
    }

    static String money(BigDecimal amount) {
        // keeps the no-break space after the euro sign so the amount never wraps away from it
        return NumberFormat.getCurrencyInstance(BundleI18NProvider.DUTCH).format(amount);
    }

    /** Lays out one letter: letterhead, addressee, amounts and sections. */
    private final class LetterWriter {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Document document = new Document();
        private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);

        LetterWriter() {
            PdfWriter.getInstance(document, out);
            document.open();
        }

        void heading(String letterTitle, String date, SubsidyApplication application) {
            document.add(new Paragraph(municipality, title));
            document.add(new Paragraph(letterTitle, heading));
            document.add(new Paragraph(" "));
            var centre = application.getCentre();
            document.add(new Paragraph(text("subsidy.letter.to"), normal));
            document.add(new Paragraph(centre.getName(), normal));
            if (centre.getAddress() != null) {
                document.add(new Paragraph(centre.getAddress(), normal));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text("subsidy.letter.date", date), normal));
            document.add(new Paragraph(text("subsidy.letter.subject", application.getTitle()), normal));
            document.add(new Paragraph(text("subsidy.letter.scheme", application.getScheme().getName(),
                    String.valueOf(application.getScheme().getYear())), normal));
            document.add(new Paragraph(" "));
        }

        void paragraph(String text) {
            document.add(new Paragraph(text, normal));
            document.add(new Paragraph(" "));
        }

        void amounts(String[][] rows) {
            var table = new PdfPTable(2);
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            for (String[] row : rows) {
                table.addCell(cell(row[0], normal, PdfPCell.ALIGN_LEFT));
                table.addCell(cell(row[1], heading, PdfPCell.ALIGN_RIGHT));
            }
            document.add(table);
            document.add(new Paragraph(" "));
        }

        private PdfPCell cell(String text, Font font, int alignment) {
            var cell = new PdfPCell(new Phrase(text, font));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setHorizontalAlignment(alignment);
            cell.setPadding(4);
            return cell;
        }

        void section(String label, String text) {
            document.add(new Paragraph(label, heading));
            document.add(new Paragraph(text, normal));
            document.add(new Paragraph(" "));
        }

        void closing(String text) {
            document.add(new Paragraph(text, normal));
        }

        byte[] bytes() {
            document.close();
            return out.toByteArray();
        }
    }
}
