package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.volunteer.domain.Availability.Slot;
import nl.ontmoet.volunteer.domain.DayPart;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The week as a table of check boxes, weekday by morning/afternoon/evening. Every box has its own accessible name
 * ("dinsdagavond"), so a screen reader user hears which day part they tick; Tab and Space work as usual.
 */
public class AvailabilityField extends CustomField<Set<Slot>> {

    final Map<Slot, Checkbox> boxes = new LinkedHashMap<>();
    private boolean presenting;

    public AvailabilityField() {
        addClassName("availability-field");
        var table = new Div();
        table.addClassName("availability-table");
        table.add(new Span());
        for (var part : DayPart.values()) {
            var header = new Span(getTranslation("volunteer.dayPart." + part + ".header"));
            header.addClassName("availability-header");
            header.getElement().setAttribute("aria-hidden", "true");
            table.add(header);
        }
        for (var day : DayOfWeek.values()) {
            var dayName = new Span(getTranslation("volunteer.weekday." + day));
            dayName.addClassName("availability-day");
            dayName.getElement().setAttribute("aria-hidden", "true");
            table.add(dayName);
            for (var part : DayPart.values()) {
                var slot = new Slot(day, part);
                var box = new Checkbox();
                box.setAriaLabel(label(this, slot));
                box.addValueChangeListener(change -> {
                    if (!presenting) {
                        updateValue();
                    }
                });
                boxes.put(slot, box);
                table.add(box);
            }
        }
        add(table);
    }

    /** "dinsdagavond": how a slot reads in Dutch. */
    static String label(com.vaadin.flow.component.Component translator, Slot slot) {
        return translator.getTranslation("volunteer.slot",
                translator.getTranslation("volunteer.weekday." + slot.dayOfWeek()),
                translator.getTranslation("volunteer.dayPart." + slot.dayPart()));
    }

    @Override
    protected Set<Slot> generateModelValue() {
        var value = new TreeSet<Slot>();
        boxes.forEach((slot, box) -> {
            if (box.getValue()) {
                value.add(slot);
            }
        });
        return value;
    }

    @Override
    protected void setPresentationValue(Set<Slot> value) {
        presenting = true;
        try {
            boxes.forEach((slot, box) -> box.setValue(value != null && value.contains(slot)));
        } finally {
            presenting = false;
        }
    }

    @Override
    public Set<Slot> getEmptyValue() {
        return new TreeSet<>();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        boxes.values().forEach(box -> box.setReadOnly(readOnly));
    }
}
