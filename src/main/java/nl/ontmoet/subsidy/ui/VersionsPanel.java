package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.subsidy.service.ApplicationSnapshot;
import nl.ontmoet.subsidy.service.SubsidyVersionService;
import nl.ontmoet.subsidy.service.VersionDetail;
import nl.ontmoet.subsidy.service.VersionSummary;

import java.util.List;

/**
 * Every submitted version of an application; a chosen one is shown read-only, with what changed since the
 * version before marked by an icon and the word "gewijzigd" (never by colour alone).
 */
class VersionsPanel extends Div {

    private final SubsidyVersionService versionService;
    private final long applicationId;
    final UnorderedList list = new UnorderedList();
    final Div shown = new Div();

    VersionsPanel(SubsidyVersionService versionService, long applicationId) {
        this.versionService = versionService;
        this.applicationId = applicationId;
        addClassName("subsidy-versions");
        list.getElement().setAttribute("aria-label", getTranslation("subsidy.versions"));
        List<VersionSummary> versions = versionService.versions(applicationId);
        for (VersionSummary version : versions) {
            var open = new Button(label(version), click -> show(version.number()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setIcon(VaadinIcon.FILE_TEXT_O.create());
            list.add(new ListItem(open));
        }
        add(new H3(getTranslation("subsidy.versions")));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("subsidy.versions.none")));
        }
        add(list, shown);
    }

    String label(VersionSummary version) {
        return getTranslation("subsidy.version.label", version.number(), SubsidyTexts.shortDay(version.submittedAt()),
                version.submittedBy());
    }

    void show(int number) {
        VersionDetail detail = versionService.version(applicationId, number);
        shown.removeAll();
        shown.addClassName("version-shown");
        shown.add(new H4(label(detail.summary())));
        if (number > 1) {
            var intro = new Paragraph(detail.changedFields().isEmpty()
                    ? getTranslation("subsidy.version.unchanged", number - 1)
                    : getTranslation("subsidy.version.changesSince", number - 1));
            shown.add(intro);
        }
        ApplicationSnapshot content = detail.content();
        var facts = new Div();
        facts.addClassName("subsidy-facts");
        fact(facts, detail, "title", "subsidy.title", content.title());
        fact(facts, detail, "requestedAmount", "subsidy.requestedAmount", SubsidyTexts.money(content.requestedAmount()));
        fact(facts, detail, "purpose", "subsidy.purpose", content.purpose());
        fact(facts, detail, "activityPlan", "subsidy.activityPlan", content.activityPlan());
        fact(facts, detail, "expectedActivities", "subsidy.expectedActivities", text(content.expectedActivities()));
        fact(facts, detail, "expectedVisitors", "subsidy.expectedVisitors", text(content.expectedVisitors()));
        fact(facts, detail, "expectedVolunteers", "subsidy.expectedVolunteers", text(content.expectedVolunteers()));
        shown.add(facts, budget(detail), attachments(detail));
    }

    private void fact(Div facts, VersionDetail detail, String field, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? "–" : value);
        text.addClassName("fact-value");
        if (detail.changed(field)) {
            text.addClassName("changed");
            text.addComponentAsFirst(marker("subsidy.version.changed"));
        }
        facts.add(label, text);
    }

    private Component budget(VersionDetail detail) {
        var box = new Div(new H4(getTranslation("subsidy.budget")));
        var lines = new UnorderedList();
        lines.addClassName("version-lines");
        for (var line : detail.content().budget()) {
            var item = new ListItem(new Span(lineText(line)));
            if (detail.changedLines().contains(line.categoryCode())) {
                item.addClassName("changed");
                item.addComponentAsFirst(marker("subsidy.version.changed"));
            }
            lines.add(item);
        }
        for (var line : detail.removedLines()) {
            var item = new ListItem(new Span(lineText(line)));
            item.addClassName("removed");
            item.addComponentAsFirst(marker("subsidy.version.removed"));
            lines.add(item);
        }
        if (detail.content().budget().isEmpty() && detail.removedLines().isEmpty()) {
            box.add(new Paragraph(getTranslation("subsidy.budget.empty")));
        }
        box.add(lines);
        return box;
    }

    private String lineText(ApplicationSnapshot.Line line) {
        return line.categoryName() + " (" + getTranslation("subsidy.budget.direction." + line.direction().name())
                .toLowerCase() + "): " + SubsidyTexts.money(line.amount())
                + (line.note() == null ? "" : " — " + line.note());
    }

    private Component attachments(VersionDetail detail) {
        var box = new Div(new H4(getTranslation("subsidy.attachments")));
        var names = new UnorderedList();
        names.addClassName("version-lines");
        for (String name : detail.content().attachments()) {
            var item = new ListItem(new Span(name));
            if (detail.newAttachments().contains(name)) {
                item.addClassName("changed");
                item.addComponentAsFirst(marker("subsidy.version.added"));
            }
            names.add(item);
        }
        for (String name : detail.removedAttachments()) {
            var item = new ListItem(new Span(name));
            item.addClassName("removed");
            item.addComponentAsFirst(marker("subsidy.version.removed"));
            names.add(item);
        }
        if (detail.content().attachments().isEmpty() && detail.removedAttachments().isEmpty()) {
            box.add(new Paragraph(getTranslation("subsidy.attachments.none")));
        }
        box.add(names);
        return box;
    }

    private Span marker(String key) {
        var marker = new Span(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Span(getTranslation(key)));
        marker.addClassName("change-marker");
        return marker;
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
