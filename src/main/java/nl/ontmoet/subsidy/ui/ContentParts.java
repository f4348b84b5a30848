package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.SubsidyVersionService;

import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Builds the parts of an application page about its content, each wired to its service: the coordinator's form,
 * the budget, the attachments, the submitted versions and, for a manager deciding, the centre's context.
 */
@SpringComponent
@RequiredArgsConstructor
class ContentParts {

    private final SubsidySchemeService schemes;
    private final SubsidyDraftService drafts;
    private final SubsidyBudgetService budgets;
    private final SubsidyAttachmentService attachments;
    private final SubsidyVersionService versions;
    private final SubsidyOverviewService overview;
    private final FormErrors formErrors;

    /**
     * The form of a new ({@code applicationId} null) or editable application. After a save, and after a refused
     * submit of what was saved, {@code saved} gets the application's id.
     */
    ApplicationForm form(long centreId, Long applicationId, ApplicationInput input, LongConsumer saved) {
        var form = new ApplicationForm(schemes.notClosed());
        form.edit(input);
        form.addSaveListener(save -> draft(form, centreId, applicationId, save.getBean()).ifPresent(id -> {
            Notifications.success(form.getTranslation("subsidy.saved"));
            saved.accept(id);
        }));
        form.addSubmitListener(submit -> draft(form, centreId, applicationId, submit.getBean()).ifPresent(id -> {
            if (formErrors.attempt(form.getBinder(), () -> drafts.submit(id))) {
                Notifications.success(form.getTranslation("subsidy.submitted"));
            }
            saved.accept(id);
        }));
        return form;
    }

    private Optional<Long> draft(ApplicationForm form, long centreId, Long applicationId,
                                           ApplicationInput input) {
        return formErrors.attemptGet(form.getBinder(), () -> drafts.saveDraft(centreId, applicationId, input))
                .map(SubsidyApplication::getId);
    }

    BudgetPanel budget(long applicationId) {
        return new BudgetPanel(budgets, formErrors, applicationId);
    }

    AttachmentsPanel attachments(long applicationId, boolean editable) {
        return new AttachmentsPanel(attachments, formErrors, applicationId, editable);
    }

    VersionsPanel versions(long applicationId) {
        return new VersionsPanel(versions, applicationId);
    }

    ReviewContextPanel reviewContext(long applicationId) {
        return new ReviewContextPanel(overview.reviewContext(applicationId));
    }
}
