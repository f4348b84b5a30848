package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.coaching.domain.GoalNote;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import nl.ontmoet.coaching.service.GoalRow;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Development goals as cards with their progress notes. Both sides add notes; the coordinator writes their own
 * reflection; the coach may open a goal for editing.
 */
class GoalList extends Div {

    private final DevelopmentGoalService goals;
    private final FormErrors formErrors;
    private final boolean coordinatorView;
    private final boolean mayAddNotes;
    private final Consumer<GoalRow> edit;
    private final Supplier<List<GoalRow>> source;

    GoalList(DevelopmentGoalService goals, FormErrors formErrors, boolean coordinatorView, boolean mayAddNotes,
             Consumer<GoalRow> edit, Supplier<List<GoalRow>> source) {
        this.goals = goals;
        this.formErrors = formErrors;
        this.coordinatorView = coordinatorView;
        this.mayAddNotes = mayAddNotes;
        this.edit = edit;
        this.source = source;
        addClassName("goal-list");
        refresh();
    }

    void refresh() {
        removeAll();
        var rows = source.get();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.goals.none")));
        }
        rows.forEach(row -> add(card(row)));
    }

    private Div card(GoalRow row) {
        var card = new Div();
        card.addClassName("goal-card");
        var title = new H4(row.title());
        var status = CoachingTexts.badge(CoachingTexts.label(this, row.status()),
                row.status() == GoalStatus.ACHIEVED ? "success" : row.status() == GoalStatus.STOPPED ? "contrast" : "");
        var header = new HorizontalLayout(title, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (edit != null) {
            var editButton = new Button(getTranslation("coaching.goal.edit"), click -> edit.accept(row));
            editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            editButton.setAriaLabel(getTranslation("coaching.goal.edit.aria", row.title()));
            header.add(editButton);
        }
        card.add(header);
        var meta = new Span(CoachingTexts.label(this, row.topic()) + " · " + getTranslation("coaching.goal.targetDate")
                + ": " + CoachingTexts.date(this, row.targetDate())
                + (row.achievedOn() == null ? "" : " · " + getTranslation("coaching.goal.achievedOn",
                CoachingTexts.date(this, row.achievedOn()))));
        meta.addClassName("goal-meta");
        card.add(meta);
        if (row.description() != null) {
            card.add(new Paragraph(row.description()));
        }
        card.add(new H4(getTranslation("coaching.goal.notes")));
        if (row.notes().isEmpty()) {
            card.add(new Paragraph(getTranslation("coaching.goal.notes.none")));
        } else {
            var list = new UnorderedList();
            row.notes().forEach(note -> list.add(new ListItem(CoachingTexts.date(this, note.writtenOn()) + " – "
                    + note.authorName() + ": " + note.text())));
            card.add(list);
        }
        if (mayAddNotes) {
            var note = new TextArea(getTranslation("coaching.goal.note"));
            note.setMaxLength(GoalNote.TEXT_LENGTH);
            note.setWidthFull();
            var add = new Button(getTranslation("coaching.goal.note.add"), click -> {
                if (formErrors.attempt(null, () -> goals.addNote(row.id(), note.getValue()))) {
                    Notifications.success(getTranslation("coaching.goal.note.added"));
                    refresh();
                }
            });
            card.add(note, add);
        }
        if (coordinatorView) {
            var reflection = new TextArea(getTranslation("coaching.reflection.mine"));
            reflection.setValue(row.reflection() == null ? "" : row.reflection());
            reflection.setWidthFull();
            var save = new Button(getTranslation("coaching.reflection.save"), click -> {
                if (formErrors.attempt(null, () -> goals.saveReflection(row.id(), reflection.getValue()))) {
                    Notifications.success(getTranslation("coaching.reflection.saved"));
                }
            });
            card.add(reflection, save);
        } else if (row.reflection() != null) {
            card.add(new H4(getTranslation("coaching.reflections")), new Paragraph(row.reflection()));
        }
        return card;
    }
}
