package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.TransitionRow;

import java.util.List;

/** The history of an application as a timeline: when, who, which step and the comment given. */
class ApplicationTimeline extends Div {

    ApplicationTimeline(List<TransitionRow> history) {
        var list = new UnorderedList();
        list.addClassName("subsidy-timeline");
        list.getElement().setAttribute("aria-label", getTranslation("subsidy.history"));
        for (TransitionRow step : history) {
            var item = new ListItem();
            var when = new Span(SubsidyTexts.moment(step.at()) + " · " + step.actorName());
            when.addClassName("timeline-when");
            item.add(when, new Div(what(step)));
            if (step.comment() != null) {
                var comment = new Div(step.comment());
                comment.addClassName("timeline-comment");
                item.add(comment);
            }
            list.add(item);
        }
        add(new H3(getTranslation("subsidy.history")), list);
    }

    private String what(TransitionRow step) {
        if (step.from() == null) {
            return getTranslation("subsidy.history.created");
        }
        if (step.from() == SubsidyStatus.SUBMITTED && step.to() == SubsidyStatus.SETTLED) {
            return getTranslation("subsidy.history.grantedAndSettled");
        }
        return getTranslation("subsidy.history.step", getTranslation(SubsidyTexts.statusKey(step.from())),
                getTranslation(SubsidyTexts.statusKey(step.to())));
    }
}
