package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.centre.domain.Room;

/** Edits one room. */
public class RoomForm extends BeanForm<Room> {

    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final Checkbox bookable = new Checkbox();

    public RoomForm() {
        super(Room.class, "room.new", "room.edit");
        addClassName("room-form");
        name.setLabel(getTranslation("room.name"));
        name.setMaxLength(Room.NAME_LENGTH);
        capacity.setLabel(getTranslation("room.capacity"));
        capacity.setMin(1);
        capacity.setMax(Room.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("room.capacity.help"));
        bookable.setLabel(getTranslation("room.bookable"));
        saveOnEnter(name, capacity);
        layout(name, capacity, bookable);
    }
}
