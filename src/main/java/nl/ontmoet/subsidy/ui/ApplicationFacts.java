package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.subsidy.domain.SubsidyApplication;

/** The frozen content of an application, with its decision and settlement, as label and value pairs. */
class ApplicationFacts extends Div {

    ApplicationFacts(SubsidyApplication application) {
        addClassName("subsidy-facts");
        var scheme = application.getScheme();
        fact("subsidy.scheme", scheme.getName() + " (" + scheme.getYear() + ")");
        fact("subsidy.requestedAmount", SubsidyTexts.money(application.getRequestedAmount()));
        if (application.getGrantedAmount() != null) {
            fact("subsidy.grantedAmount", SubsidyTexts.money(application.getGrantedAmount()));
        }
        if (application.getGrantConditions() != null) {
            fact("subsidy.grantConditions", application.getGrantConditions());
        }
        if (application.getReportDueOn() != null) {
            fact("subsidy.reportDueOn", SubsidyTexts.shortDay(application.getReportDueOn()));
        }
        if (application.getFinalAmount() != null) {
            fact("subsidy.finalAmount", SubsidyTexts.money(application.getFinalAmount()));
        }
        if (application.getSettlementRemark() != null) {
            fact("subsidy.settlementRemark", application.getSettlementRemark());
        }
        fact("subsidy.purpose", application.getPurpose());
        fact("subsidy.activityPlan", application.getActivityPlan());
        fact("subsidy.expectedActivities", number(application.getExpectedActivities()));
        fact("subsidy.expectedVisitors", number(application.getExpectedVisitors()));
        fact("subsidy.expectedVolunteers", number(application.getExpectedVolunteers()));
        fact("subsidy.author", application.getAuthor().getDisplayName());
    }

    private void fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null ? "–" : value);
        text.addClassName("fact-value");
        add(label, text);
    }

    private static String number(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
