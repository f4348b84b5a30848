package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.centre.domain.Room;

/** Edits one room; fires save, delete and cancel events for the view to handle. */
public class RoomForm extends FormLayout {

    final H3 title = new H3();
    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final Checkbox bookable = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Room> binder = new BeanValidationBinder<>(Room.class);
    private Room room;

    public RoomForm() {
        addClassName("room-form");
        name.setLabel(getTranslation("room.name"));
        name.setMaxLength(Room.NAME_LENGTH);
        capacity.setLabel(getTranslation("room.capacity"));
        capacity.setMin(1);
        capacity.setMax(Room.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("room.capacity.help"));
        bookable.setLabel(getTranslation("room.bookable"));
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name, capacity);
        save.addClickListener(click -> {
            if (room != null && binder.writeBeanIfValid(room)) {
                fireEvent(new SaveEvent(this, room));
            }
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, room)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(title, name, capacity, bookable, new HorizontalLayout(save, delete, cancel));
    }

    public void setRoom(Room room) {
        this.room = room;
        if (room != null) {
            binder.readBean(room);
            title.setText(getTranslation(room.isNew() ? "room.new" : "room.edit"));
            delete.setVisible(!room.isNew());
        }
    }

    public BeanValidationBinder<Room> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<RoomForm, Room> {
        SaveEvent(RoomForm source, Room room) {
            super(source, room);
        }
    }

    public static class DeleteEvent extends FormEvent<RoomForm, Room> {
        DeleteEvent(RoomForm source, Room room) {
            super(source, room);
        }
    }

    public static class CancelEvent extends FormEvent<RoomForm, Room> {
        CancelEvent(RoomForm source) {
            super(source, null);
        }
    }
}
