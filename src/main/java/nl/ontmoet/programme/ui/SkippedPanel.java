package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ontmoet.programme.service.Skipped;

import java.util.List;
import java.util.function.Consumer;

/** What a series left out (closing day, room taken), each with a button to plan it again after moving it. */
class SkippedPanel extends Div {

    SkippedPanel() {
        addClassName("skipped-panel");
        setVisible(false);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(List<Skipped> skipped, Consumer<Skipped> readd) {
        removeAll();
        setVisible(!skipped.isEmpty());
        if (skipped.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("series.skipped.title", skipped.size())),
                new Paragraph(getTranslation("series.skipped.help")));
        var list = new UnorderedList();
        for (Skipped s : skipped) {
            String span = ProgrammeLabels.span(s.startsAt(), s.endsAt());
            var text = new Span(getTranslation("series.skipped." + s.reason().name(), span, s.detail()));
            var again = new Button(getTranslation("series.skipped.readd"), click -> readd.accept(s));
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            again.setAriaLabel(getTranslation("series.skipped.readdFor", span));
            list.add(new ListItem(text, again));
        }
        var hide = new Button(getTranslation("series.skipped.hide"), click -> setVisible(false));
        hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, hide);
    }
}
