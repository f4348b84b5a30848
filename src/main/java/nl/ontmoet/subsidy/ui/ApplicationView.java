package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.subsidy.service.SubsidyVersionService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.TransitionRow;

import java.util.Map;

/**
 * One application: the form while the coordinator may still change it, otherwise its frozen content; the
 * decision panel for managers while it waits for a decision; and its history as a timeline.
 */
@Route("centres/:centre/subsidies/:application")
@PermitAll
@StyleSheet("context://public/subsidy.css")
public class ApplicationView extends CentreScopedView {

    public static final String APPLICATION_PARAMETER = "application";
    public static final String NEW = "new";

    private final SubsidyApplicationService applicationService;
    private final SubsidySchemeService schemeService;
    private final SubsidyBudgetService budgetService;
    private final SubsidyAttachmentService attachmentService;
    private final SubsidyVersionService versionService;
    private final SubsidyOverviewService overviewService;
    private final FormErrors formErrors;
    ApplicationForm form;
    DecisionPanel decision;
    BudgetPanel budget;
    AttachmentsPanel attachments;
    VersionsPanel versions;
    ReviewContextPanel reviewContext;
    private Long applicationId;

    ApplicationView(CentreService centreService, SubsidyApplicationService applicationService,
                    SubsidySchemeService schemeService, SubsidyBudgetService budgetService,
                    SubsidyAttachmentService attachmentService, SubsidyVersionService versionService,
                    SubsidyOverviewService overviewService, FormErrors formErrors) {
        super(centreService);
        this.applicationService = applicationService;
        this.schemeService = schemeService;
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
        if (detail.editable()) {
            addForm(ApplicationInput.of(application));
        } else {
            add(facts(application));
        }
        addContentPanels(detail);
        if (detail.decidable()) {
            decision = new DecisionPanel();
            decision.grantedAmount.setValue(application.getRequestedAmount());
            decision.grantedAmount.setHelperText(getTranslation("subsidy.remaining",
                    SubsidyTexts.money(detail.remainingUnderCeiling())));
            decision.grant.addClickListener(click -> decide(() -> applicationService.grant(applicationId,
                    decision.grantedAmount.getValue(), decision.conditions.getValue()), "subsidy.granted"));
            decision.reject.addClickListener(click -> decide(() -> applicationService.reject(applicationId,
                    decision.reason.getValue()), "subsidy.rejected"));
            decision.requestChanges.addClickListener(click -> decide(() -> applicationService.requestChanges(
                    applicationId, decision.reason.getValue()), "subsidy.changesRequested"));
            add(decision);
        }
        add(timeline(detail));
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
