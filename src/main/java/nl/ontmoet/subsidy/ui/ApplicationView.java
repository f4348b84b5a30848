package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;

import java.util.Map;

/**
 * One application: the form while the coordinator may still change it, otherwise its frozen content; the
 * decision panel for managers while it waits for a decision; the letters; the accountability report (form for
 * the coordinator while granted, read-only once submitted); the settlement panel for managers once reported; and
 * its history as a timeline. After an action that moves the application on, the page shows its new state.
 */
@Route("centres/:centre/subsidies/:application")
@PermitAll
@StyleSheet("context://public/subsidy.css")
public class ApplicationView extends CentreScopedView {

    public static final String APPLICATION_PARAMETER = "application";
    public static final String NEW = "new";

    private final SubsidyApplicationService applicationService;
    private final ContentParts content;
    private final OutcomeParts outcome;
    ApplicationForm form;
    DecisionPanel decision;
    ReportForm report;
    AttachmentsPanel reportAttachments;
    SettlementPanel settlement;
    PaymentsPanel payments;
    Anchor decisionLetter;
    Anchor settlementLetter;
    BudgetPanel budget;
    AttachmentsPanel attachments;
    VersionsPanel versions;
    ReviewContextPanel reviewContext;

    ApplicationView(CentreService centreService, SubsidyApplicationService applicationService, ContentParts content,
                    OutcomeParts outcome) {
        super(centreService);
        this.applicationService = applicationService;
        this.content = content;
        this.outcome = outcome;
        addClassName("subsidy-application");
    }

    @Override
    protected void render(Centre centre) {
        String parameter = routeParameters().get(APPLICATION_PARAMETER).orElse(NEW);
        add(new RouterLink(getTranslation("subsidy.back"), CentreSubsidiesView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug())));
        if (NEW.equals(parameter)) {
            if (!applicationService.canApply(centre.getId())) {
                throw new RecordNotFoundException("Application", parameter);
            }
            clear();
            add(new H2(getTranslation("subsidy.new")));
            form = content.form(centre.getId(), null, new ApplicationInput(), this::open);
            add(form, new Paragraph(getTranslation("subsidy.saveFirst")));
            return;
        }
        show(applicationService.detail(centre.getId(), parse(parameter)));
    }

    private void show(ApplicationDetail detail) {
        clear();
        SubsidyApplication application = detail.application();
        long id = application.getId();
        addHeading(application);
        if (detail.editable()) {
            form = content.form(centre().getId(), id, ApplicationInput.of(application), saved -> reload());
            add(form);
        } else {
            add(new ApplicationFacts(application));
        }
        var letters = outcome.letters(detail);
        if (letters.hasLetters()) {
            decisionLetter = letters.decisionLetter;
            settlementLetter = letters.settlementLetter;
            add(letters);
        }
        budget = content.budget(id);
        attachments = content.attachments(id, detail.editable());
        versions = content.versions(id);
        add(budget, attachments, versions);
        if (detail.decidable()) {
            reviewContext = content.reviewContext(id);
            decision = outcome.decision(detail, this::reload);
            add(reviewContext, decision);
        }
        if (detail.report() != null) {
            add(outcome.reportSummary(application, detail.report()), outcome.reportAttachments(id, false));
        } else if (detail.reportable()) {
            reportAttachments = outcome.reportAttachments(id, true);
            report = outcome.report(application, this::reload);
            add(reportAttachments, report);
        }
        if (detail.settleable()) {
            settlement = outcome.settlement(application, this::reload);
            add(settlement);
        }
        if (application.getGrantedAmount() != null) {
            payments = outcome.payments(id, this::reload);
            add(payments);
        }
        add(new ApplicationTimeline(detail.history()));
    }

    private void addHeading(SubsidyApplication application) {
        var heading = new H2(application.getTitle() + " ");
        heading.add(SubsidyTexts.badge(getTranslation(SubsidyTexts.statusKey(application.getStatus())),
                application.getStatus()));
        add(heading);
        if (application.getDecisionReason() != null) {
            var reason = new Paragraph(getTranslation("subsidy.decisionReason") + ": "
                    + application.getDecisionReason());
            reason.addClassName("decision-reason");
            add(reason);
        }
        if (application.isSettledWithoutReport()) {
            var note = new Paragraph(getTranslation("subsidy.grantedAndSettled.note"));
            note.addClassName("settled-note");
            add(note);
        }
    }

    /** Shows the application's new state below the back link. */
    private void reload() {
        var back = getChildren().findFirst().orElseThrow();
        removeAll();
        add(back);
        long id = parse(routeParameters().get(APPLICATION_PARAMETER).orElseThrow());
        show(applicationService.detail(centre().getId(), id));
    }

    /** A new application, once saved, gets its own address. */
    private void open(long applicationId) {
        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters(Map.of(
                CENTRE_PARAMETER, centre().getSlug(), APPLICATION_PARAMETER, String.valueOf(applicationId)))));
    }

    private void clear() {
        form = null;
        decision = null;
        report = null;
        reportAttachments = null;
        settlement = null;
        payments = null;
        decisionLetter = null;
        settlementLetter = null;
        budget = null;
        attachments = null;
        versions = null;
        reviewContext = null;
    }

    private static long parse(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("Application", parameter);
        }
    }

    @Override
    protected String titleKey() {
        return "subsidy.application";
    }
}
