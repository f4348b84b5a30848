package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.RoomService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The rooms of a centre; its coordinators and admins add, rename and remove them. */
@Route("centres/:centre/rooms")
@PermitAll
public class RoomsView extends CentreScopedView {

    private final RoomService roomService;
    private final FormErrors formErrors;
    final Grid<Room> grid = new Grid<>();
    final RoomForm form = new RoomForm();
    final Button create = new Button();

    RoomsView(CentreService centreService, RoomService roomService, FormErrors formErrors) {
        super(centreService);
        this.roomService = roomService;
        this.formErrors = formErrors;
        addClassName("rooms-view");

        grid.addColumn(Room::getName).setHeader(getTranslation("room.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Room::getCapacity).setHeader(getTranslation("room.capacity")).setSortProperty("capacity");
        grid.addColumn(room -> getTranslation(room.isBookable() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("room.bookable")).setSortProperty("bookable");
        grid.setAriaLabel(getTranslation("nav.centre.rooms"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        create.setText(getTranslation("room.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            grid.asSingleSelect().clear();
            edit(roomService.newRoom(centre().getId()));
        });

        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> roomService.save(save.getBean()))) {
                Notifications.success(getTranslation("room.saved", save.getBean().getName()));
                closeForm();
            }
        });
        form.addDeleteListener(delete -> confirmDelete(delete.getBean()));
        form.addCancelListener(cancel -> closeForm());
    }

    @Override
    protected void render(Centre centre) {
        boolean editable = centreService.canEditDetails(centre);
        grid.setItems(query -> roomService.list(centre.getId(), toSpringPageRequest(query)).stream());
        create.setVisible(editable);
        grid.setSelectionMode(editable ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.NONE);
        form.setVisible(false);
        var content = new Div(grid, form);
        content.addClassName("list-with-form");
        add(create, content);
    }

    private void edit(Room room) {
        if (room == null) {
            form.setVisible(false);
            return;
        }
        form.setRoom(room);
        form.setVisible(true);
        form.name.focus();
    }

    private void confirmDelete(Room room) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("room.delete.title", room.getName()));
        dialog.setText(getTranslation("room.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (formErrors.attempt(form.getBinder(), () -> roomService.delete(room.getId()))) {
                Notifications.success(getTranslation("room.deleted", room.getName()));
                closeForm();
            }
        });
        dialog.open();
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected String titleKey() {
        return "nav.centre.rooms";
    }
}
