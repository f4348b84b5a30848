package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyReport;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.subsidy.service.SubsidyLetterService;
import nl.ontmoet.subsidy.service.SubsidyReportService;
import nl.ontmoet.subsidy.service.SubsidyPaymentService;
import nl.ontmoet.subsidy.service.SubsidySettlementService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Builds the parts of an application page about what became of it, each wired to its service: the letters, the
 * manager's decision, the coordinator's report and the manager's settlement. {@code changed} is called after an
 * action that moved the application on.
 */
@SpringComponent
@RequiredArgsConstructor
class OutcomeParts {

    private final SubsidyDecisionService decisions;
    private final SubsidyReportService reports;
    private final SubsidySettlementService settlements;
    private final SubsidyPaymentService payments;
    private final Clock clock;
    private final SubsidyLetterService letters;
    private final SubsidyBudgetService budgets;
    private final SubsidyAttachmentService attachments;
    private final FormErrors formErrors;
    private final ErrorMessages messages;

    LetterLinks letters(ApplicationDetail detail) {
        return new LetterLinks(detail.application().getId(), letters);
    }

    DecisionPanel decision(ApplicationDetail detail, Runnable changed) {
        return new DecisionPanel(detail, decisions, formErrors, changed);
    }

    SettlementPanel settlement(SubsidyApplication application, Runnable changed) {
        return new SettlementPanel(application, payments.overview(application.getId()).paid(), settlements,
                formErrors, changed);
    }

    PaymentsPanel payments(long applicationId, Runnable changed) {
        return new PaymentsPanel(applicationId, payments.overview(applicationId), payments, formErrors,
                LocalDate.now(clock), changed);
    }

    ReportSummary reportSummary(SubsidyApplication application, SubsidyReport report) {
        return new ReportSummary(application, report, budgets.budget(application.getId()));
    }

    AttachmentsPanel reportAttachments(long applicationId, boolean editable) {
        return new AttachmentsPanel(attachments, formErrors, applicationId, AttachmentStage.REPORT, editable);
    }

    /** The report form; a refused cost line is shown at that line, any other refusal at its field. */
    ReportForm report(SubsidyApplication application, Runnable changed) {
        long id = application.getId();
        var report = new ReportForm(application, reports.prefilled(id));
        report.submit.addClickListener(click -> {
            report.costs.values().forEach(field -> field.setInvalid(false));
            try {
                reports.submit(id, report.input());
            } catch (RuntimeException refused) {
                var message = messages.toMessage(refused, report.getUI().map(UI::getLocale).orElse(null));
                formErrors.show(report.showAtCost(message) ? null : report.binder, refused);
                return;
            }
            Notifications.success(report.getTranslation("subsidy.report.submitted"));
            changed.run();
        });
        return report;
    }
}
