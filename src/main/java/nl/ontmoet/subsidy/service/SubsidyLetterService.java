package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.pdf.PdfDocument;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.Rectangle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision letter (beschikking verlening) and the settlement letter (beschikking vaststelling) as PDF, built
 * from the stored decision. Whoever may read the application may download its letters; others get "not found".
 * Letters are formal documents of a Dutch municipality, so they are always in Dutch.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SubsidyLetterService {

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

    public DownloadFile decisionLetter(long applicationId) {
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
                    text("subsidy.letter.reportDue", Formats.DUTCH.date(application.getReportDueOn())));
        }
        letter.closing(text("subsidy.letter.closing", municipality));
        return new DownloadFile("beschikking-verlening-" + application.getId() + ".pdf", DownloadFile.PDF, letter.bytes());
    }

    public DownloadFile settlementLetter(long applicationId) {
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
        return new DownloadFile("beschikking-vaststelling-" + application.getId() + ".pdf", DownloadFile.PDF,
                letter.bytes());
    }

    private String text(String key, Object... arguments) {
        return i18n.getTranslation(key, BundleI18NProvider.DUTCH, arguments);
    }

    private String day(Instant at) {
        return Formats.DUTCH.date(at == null ? LocalDate.now(clock) : LocalDate.ofInstant(at, clock.getZone()));
    }

    static String money(BigDecimal amount) {
        // keeps the no-break space after the euro sign so the amount never wraps away from it
        return Formats.DUTCH.money(amount).replace(' ', '\u00A0');
    }

    /** Lays out one letter: letterhead, addressee, amounts and sections. */
    private final class LetterWriter {

        private final PdfDocument pdf = new PdfDocument(16, 11);

        void heading(String letterTitle, String date, SubsidyApplication application) {
            pdf.title(municipality).heading(letterTitle).blank();
            var centre = application.getCentre();
            pdf.paragraph(text("subsidy.letter.to")).paragraph(centre.getName());
            if (centre.getAddress() != null) {
                pdf.paragraph(centre.getAddress());
            }
            pdf.blank();
            pdf.paragraph(text("subsidy.letter.date", date));
            pdf.paragraph(text("subsidy.letter.subject", application.getTitle()));
            pdf.paragraph(text("subsidy.letter.scheme", application.getScheme().getName(),
                    String.valueOf(application.getScheme().getYear())));
            pdf.blank();
        }

        void paragraph(String text) {
            pdf.paragraph(text).blank();
        }

        void amounts(String[][] rows) {
            var table = PdfDocument.table(70, 1, 1);
            table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            for (String[] row : rows) {
                table.addCell(cell(row[0], pdf.normalFont(), PdfPCell.ALIGN_LEFT));
                table.addCell(cell(row[1], pdf.headingFont(), PdfPCell.ALIGN_RIGHT));
            }
            pdf.add(table).blank();
        }

        private PdfPCell cell(String text, Font font, int alignment) {
            var cell = PdfDocument.cell(text, font, alignment);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setPadding(4);
            return cell;
        }

        void section(String label, String text) {
            pdf.heading(label).paragraph(text).blank();
        }

        void closing(String text) {
            pdf.paragraph(text);
        }

        byte[] bytes() {
            return pdf.toBytes();
        }
    }
}
