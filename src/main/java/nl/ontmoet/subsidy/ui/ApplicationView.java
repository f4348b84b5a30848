package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidyLetterService;
import nl.ontmoet.subsidy.service.SubsidyReportService;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.subsidy.service.SubsidyVersionService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.SubsidySettlementService;
import nl.ontmoet.subsidy.service.TransitionRow;

import java.util.Map;

/**
 * One application: the form while the coordinator may still change it, otherwise its frozen content; the
 * decision panel for managers while it waits for a decision; the letters; the accountability report (form for
 * the coordinator while granted, read-only once submitted); the settlement panel for managers once reported; and
 * its history as a timeline.
 */
@Route("centres/:centre/subsidies/:application")
@PermitAll
@StyleSheet("context://public/subsidy.css")
public class ApplicationView extends CentreScopedView {

    public static final String APPLICATION_PARAMETER = "application";
    public static final String NEW = "new";

    private final SubsidyApplicationService applicationService;
    private final SubsidySchemeService schemeService;
    private final SubsidyReportService reportService;
    private final SubsidySettlementService settlementService;
    private final SubsidyLetterService letterService;
    private final SubsidyBudgetService budgetService;
    private final SubsidyAttachmentService attachmentService;
    private final SubsidyVersionService versionService;
    private final SubsidyOverviewService overviewService;
    private final FormErrors formErrors;
    ApplicationForm form;
    DecisionPanel decision;
    ReportForm report;
    AttachmentsPanel reportAttachments;
    SettlementPanel settlement;
    Anchor decisionLetter;
    Anchor settlementLetter;
    BudgetPanel budget;
    AttachmentsPanel attachments;
    VersionsPanel versions;
    ReviewContextPanel reviewContext;
    private Long applicationId;

    ApplicationView(CentreService centreService, SubsidyApplicationService applicationService,
                    SubsidySchemeService schemeService, SubsidyReportService reportService,
                    SubsidySettlementService settlementService, SubsidyLetterService letterService,
                    SubsidyBudgetService budgetService, SubsidyAttachmentService attachmentService,
                    SubsidyVersionService versionService, SubsidyOverviewService overviewService,
                    FormErrors formErrors) {
        super(centreService);
        this.applicationService = applicationService;
        this.schemeService = schemeService;
        this.reportService = reportService;
        this.settlementService = settlementService;
        this.letterService = letterService;
        this.budgetService = budgetService;
        this.attachmentService = attachmentService;
        this.versionService = versionService;
        this.overviewService = overviewService;
        this.formErrors = formErrors;
        addClassName("subsidy-application");
    }

    @Override
    protected void render(Centre centre) {
        String parameter = routeParameters().get(APPLICATION_PARAMETER).orElse(NEW);
        form = null;
        decision = null;
        report = null;
        reportAttachments = null;
        settlement = null;
        decisionLetter = null;
        settlementLetter = null;
        budget = null;
        attachments = null;
        versions = null;
        reviewContext = null;
        add(new RouterLink(getTranslation("subsidy.back"), CentreSubsidiesView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug())));
        if (NEW.equals(parameter)) {
            if (!applicationService.canApply(centre.getId())) {
                throw new RecordNotFoundException("Application", parameter);
            }
            applicationId = null;
            add(new H2(getTranslation("subsidy.new")));
            addForm(new ApplicationInput());
            add(new Paragraph(getTranslation("subsidy.saveFirst")));
            return;
        }
        try {
            applicationId = Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("Application", parameter);
        }
        ApplicationDetail detail = applicationService.detail(centre.getId(), applicationId);
        SubsidyApplication application = detail.application();
        var heading = new H2(application.getTitle() + " ");
        heading.add(SubsidyTexts.badge(getTranslation(SubsidyTexts.statusKey(application.getStatus())),
                application.getStatus()));
        add(heading);
        if (application.getDecisionReason() != null) {
            var reason = new Paragraph(getTranslation("subsidy.decisionReason") + ": " + application.getDecisionReason());
            reason.addClassName("decision-reason");
            add(reason);
        }
        if (application.isSettledWithoutReport()) {
            var note = new Paragraph(getTranslation("subsidy.grantedAndSettled.note"));
            note.addClassName("settled-note");
            add(note);
        }
        if (detail.editable()) {
            addForm(ApplicationInput.of(application));
        } else {
            add(facts(application));
        }
        addLetters(detail);
        addContentPanels(detail);
        if (detail.decidable()) {
            decision = new DecisionPanel();
            decision.grantedAmount.setValue(application.getRequestedAmount());
            decision.grantedAmount.setHelperText(getTranslation("subsidy.remaining",
                    SubsidyTexts.money(detail.remainingUnderCeiling())));
            decision.reportDueOn.setValue(application.getScheme().getReportDeadline());
            decision.reportDueOn.setHelperText(getTranslation("subsidy.reportDueOn.help",
                    SubsidyTexts.money(application.getScheme().getReportThreshold())));
            decision.grant.addClickListener(click -> decide(() -> applicationService.grant(applicationId,
                    decision.grantedAmount.getValue(), decision.conditions.getValue(),
                    decision.reportDueOn.getValue()), "subsidy.granted"));
            decision.reject.addClickListener(click -> decide(() -> applicationService.reject(applicationId,
                    decision.reason.getValue()), "subsidy.rejected"));
            decision.requestChanges.addClickListener(click -> decide(() -> applicationService.requestChanges(
                    applicationId, decision.reason.getValue()), "subsidy.changesRequested"));
            add(decision);
        }
        if (detail.report() != null) {
            add(new ReportSummary(application, detail.report(), budgetService.budget(applicationId)));
            add(new AttachmentsPanel(attachmentService, formErrors, applicationId, AttachmentStage.REPORT, false));
        } else if (detail.reportable()) {
            addReportForm(application);
        }
        if (detail.settleable()) {
            settlement = new SettlementPanel(application.getGrantedAmount());
            settlement.settle.addClickListener(click -> {
                if (formErrors.attempt(settlement.binder, () -> settlementService.settle(applicationId,
                        settlement.finalAmount.getValue(), settlement.remark.getValue()))) {
                    Notifications.success(getTranslation("subsidy.settled"));
                    reopen();
                }
            });
            add(settlement);
        }
        add(timeline(detail));
    }

    private void addLetters(ApplicationDetail detail) {
        if (!detail.hasDecisionLetter()) {
            return;
        }
        var links = new LetterLinks(detail, letterService);
        decisionLetter = links.decisionLetter;
        settlementLetter = links.settlementLetter;
        add(links);
    }

    private void addReportForm(SubsidyApplication application) {
        report = new ReportForm(application, reportService.prefilled(applicationId));
        report.submit.addClickListener(click -> {
            report.costs.values().forEach(field -> field.setInvalid(false));
            try {
                reportService.submit(applicationId, report.input());
            } catch (BusinessRuleException refused) {
                if (report.showAtCost(refused)) {
                    formErrors.show(null, refused);
                } else {
                    formErrors.show(report.binder, refused);
                }
                return;
            } catch (RuntimeException failed) {
                formErrors.show(report.binder, failed);
                return;
            }
            Notifications.success(getTranslation("subsidy.report.submitted"));
            reopen();
        });
        reportAttachments = new AttachmentsPanel(attachmentService, formErrors, applicationId,
                AttachmentStage.REPORT, true);
        add(reportAttachments, report);
    }

    /** Budget, attachments and submitted versions; for a manager deciding, the centre's context too. */
    private void addContentPanels(ApplicationDetail detail) {
        budget = new BudgetPanel(budgetService, formErrors, applicationId);
        attachments = new AttachmentsPanel(attachmentService, formErrors, applicationId, detail.editable());
        versions = new VersionsPanel(versionService, applicationId);
        add(budget, attachments, versions);
        if (detail.decidable()) {
            reviewContext = new ReviewContextPanel(overviewService.reviewContext(applicationId));
            add(reviewContext);
        }
    }

    private void addForm(ApplicationInput input) {
        form = new ApplicationForm(schemeService.notClosed());
        form.edit(input);
        form.addSaveListener(save -> {
            long centreId = centre().getId();
            var saved = new SubsidyApplication[1];
            if (!formErrors.attempt(form.getBinder(),
                    () -> saved[0] = applicationService.saveDraft(centreId, applicationId, save.getBean()))) {
                return;
            }
            applicationId = saved[0].getId();
            if (save.isThenSubmit()) {
                if (!formErrors.attempt(form.getBinder(), () -> applicationService.submit(applicationId))) {
                    reopen();
                    return;
                }
                Notifications.success(getTranslation("subsidy.submitted"));
            } else {
                Notifications.success(getTranslation("subsidy.saved"));
            }
            reopen();
        });
        add(form);
    }

    private void decide(Runnable action, String successKey) {
        if (formErrors.attempt(decision.binder, action)) {
            Notifications.success(getTranslation(successKey));
            reopen();
        }
    }

    private void reopen() {
        if (!NEW.equals(routeParameters().get(APPLICATION_PARAMETER).orElse(NEW))) {
            removeAll();
            render(centre());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters(Map.of(
                CENTRE_PARAMETER, centre().getSlug(), APPLICATION_PARAMETER, String.valueOf(applicationId)))));
    }

    private Component facts(SubsidyApplication application) {
        var facts = new Div();
        facts.addClassName("subsidy-facts");
        fact(facts, "subsidy.scheme", application.getScheme().getName() + " (" + application.getScheme().getYear() + ")");
        fact(facts, "subsidy.requestedAmount", SubsidyTexts.money(application.getRequestedAmount()));
        if (application.getGrantedAmount() != null) {
            fact(facts, "subsidy.grantedAmount", SubsidyTexts.money(application.getGrantedAmount()));
        }
        if (application.getGrantConditions() != null) {
            fact(facts, "subsidy.grantConditions", application.getGrantConditions());
        }
        if (application.getReportDueOn() != null) {
            fact(facts, "subsidy.reportDueOn", SubsidyTexts.shortDay(application.getReportDueOn()));
        }
        if (application.getFinalAmount() != null) {
            fact(facts, "subsidy.finalAmount", SubsidyTexts.money(application.getFinalAmount()));
            fact(facts, "subsidy.toRepay", SubsidyTexts.money(application.getToRepay()));
        }
        if (application.getSettlementRemark() != null) {
            fact(facts, "subsidy.settlementRemark", application.getSettlementRemark());
        }
        fact(facts, "subsidy.purpose", application.getPurpose());
        fact(facts, "subsidy.activityPlan", application.getActivityPlan());
        fact(facts, "subsidy.expectedActivities", number(application.getExpectedActivities()));
        fact(facts, "subsidy.expectedVisitors", number(application.getExpectedVisitors()));
        fact(facts, "subsidy.expectedVolunteers", number(application.getExpectedVolunteers()));
        fact(facts, "subsidy.author", application.getAuthor().getDisplayName());
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null ? "–" : value);
        text.addClassName("fact-value");
        facts.add(label, text);
    }

    private static String number(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private Component timeline(ApplicationDetail detail) {
        var list = new UnorderedList();
        list.addClassName("subsidy-timeline");
        list.getElement().setAttribute("aria-label", getTranslation("subsidy.history"));
        for (TransitionRow step : detail.history()) {
            String what = step.from() == null
                    ? getTranslation("subsidy.history.created")
                    : step.from() == SubsidyStatus.SUBMITTED && step.to() == SubsidyStatus.SETTLED
                    ? getTranslation("subsidy.history.grantedAndSettled")
                    : getTranslation("subsidy.history.step", getTranslation(SubsidyTexts.statusKey(step.from())),
                    getTranslation(SubsidyTexts.statusKey(step.to())));
            var item = new ListItem();
            var when = new Span(SubsidyTexts.moment(step.at()) + " · " + step.actorName());
            when.addClassName("timeline-when");
            item.add(when, new Div(what));
            if (step.comment() != null) {
                var comment = new Div(step.comment());
                comment.addClassName("timeline-comment");
                item.add(comment);
            }
            list.add(item);
        }
        return new Div(new H3(getTranslation("subsidy.history")), list);
    }

    @Override
    protected String titleKey() {
        return "subsidy.application";
    }
}
