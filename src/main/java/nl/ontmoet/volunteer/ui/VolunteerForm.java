package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VolunteerDetails;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Registers a volunteer at a centre or edits their details; an erased person is shown read-only. */
public class VolunteerForm extends BeanForm<VolunteerDetails> {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final DatePicker dateOfBirth = new DateField();
    final DatePicker startDate = new DateField();
    final ComboBox<VolunteerStatus> status = new ComboBox<>();
    final TextField tasks = new TextField();
    final Checkbox vogNeeded = new Checkbox();
    final DatePicker vogDate = new DateField();
    final BigDecimalField otherAllowancePerMonth = new BigDecimalField();
    final DatePicker otherAllowanceFrom = new DateField();
    final DatePicker otherAllowanceUntil = new DateField();
    final TextArea notes = new TextArea();
    final MultiSelectComboBox<String> skills = tagField("volunteer.skills");
    final MultiSelectComboBox<String> interests = tagField("volunteer.interests");
    final AvailabilityField availability = new AvailabilityField();
    final Div erased = new Div();

    private Collection<String> suggestedSkills = List.of();
    private Collection<String> suggestedInterests = List.of();

    public VolunteerForm() {
        super(VolunteerDetails.class, "volunteer.new", "volunteer.edit");
        addClassName("volunteer-form");
        name.setLabel(getTranslation("volunteer.name"));
        name.setMaxLength(100);
        email.setLabel(getTranslation("volunteer.email"));
        phone.setLabel(getTranslation("volunteer.phone"));
        phone.setMaxLength(30);
        dateOfBirth.setLabel(getTranslation("volunteer.dateOfBirth"));
        startDate.setLabel(getTranslation("volunteer.startDate"));
        status.setLabel(getTranslation("volunteer.status"));
        status.setItems(VolunteerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("volunteer.status." + s.name()));
        tasks.setLabel(getTranslation("volunteer.tasks"));
        tasks.setHelperText(getTranslation("volunteer.tasks.help"));
        tasks.setMaxLength(500);
        vogNeeded.setLabel(getTranslation("volunteer.vogNeeded"));
        vogDate.setLabel(getTranslation("volunteer.vogDate"));
        otherAllowancePerMonth.setLabel(getTranslation("volunteer.otherAllowancePerMonth"));
        otherAllowancePerMonth.setHelperText(getTranslation("volunteer.otherAllowancePerMonth.help"));
        otherAllowancePerMonth.setPrefixComponent(new Span("€"));
        otherAllowanceFrom.setLabel(getTranslation("volunteer.otherAllowanceFrom"));
        otherAllowanceUntil.setLabel(getTranslation("volunteer.otherAllowanceUntil"));
        otherAllowanceUntil.setHelperText(getTranslation("volunteer.otherAllowanceUntil.help"));
        notes.setLabel(getTranslation("volunteer.notes"));
        notes.setMaxLength(2000);
        TextCounter.count(notes);
        availability.setLabel(getTranslation("volunteer.availability"));
        availability.setHelperText(getTranslation("volunteer.availability.help"));
        var erasedBadge = new Span(getTranslation("volunteer.erased"));
        erasedBadge.getElement().getThemeList().add("badge contrast");
        erasedBadge.getElement().setAttribute("role", "status");
        erased.add(erasedBadge);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        layout(erased, name, dateOfBirth, email, phone, startDate, status, tasks, otherAllowancePerMonth,
                otherAllowanceFrom, otherAllowanceUntil, vogNeeded, vogDate, skills, interests, availability, notes);
        setColspan(title, 2);
        setColspan(erased, 2);
        setColspan(availability, 2);
        setColspan(notes, 2);
        save.getParent().ifPresent(buttons -> setColspan(buttons, 2));
    }

    /** The tags are offered before the bean is read, so that its own tags are among the choices. */
    @Override
    public void edit(VolunteerDetails details) {
        if (details != null) {
            offerTags(skills, suggestedSkills, details.getSkills());
            offerTags(interests, suggestedInterests, details.getInterests());
        }
        super.edit(details);
    }

    @Override
    protected void onEdit(VolunteerDetails details) {
        if (!details.isNew()) {
            title.setText(getTranslation("volunteer.edit", details.getName()));
        }
        binder.setReadOnly(details.isErased());
        erased.setVisible(details.isErased());
        save.setEnabled(!details.isErased());
    }

    @Override
    protected boolean isNew(VolunteerDetails details) {
        return details.isNew();
    }

    @Override
    protected boolean canDelete(VolunteerDetails details) {
        return false;
    }

    /**
     * A tag field: the volunteer's own tags are the choices, and any other text becomes a new tag on Enter. The
     * service tidies and checks them, so a too long tag is refused with a message rather than cut.
     */
    private MultiSelectComboBox<String> tagField(String key) {
        var field = new MultiSelectComboBox<String>(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setAllowCustomValue(true);
        field.setItems(new LinkedHashSet<>());
        field.addCustomValueSetListener(event -> {
            var typed = event.getDetail();
            var items = new LinkedHashSet<String>();
            field.getListDataView().getItems().forEach(items::add);
            items.add(typed);
            var selected = new LinkedHashSet<>(field.getValue());
            selected.add(typed);
            field.setItems(items);
            field.setValue(selected);
        });
        return field;
    }

    /** The tags already used at the centre, offered as choices next to the volunteer's own. */
    public void setTagSuggestions(Collection<String> skills, Collection<String> interests) {
        this.suggestedSkills = skills;
        this.suggestedInterests = interests;
    }

    private static void offerTags(MultiSelectComboBox<String> field, Collection<String> suggested, Set<String> own) {
        var items = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        items.addAll(own);
        items.addAll(suggested);
        field.setItems(new LinkedHashSet<>(items));
    }
}
