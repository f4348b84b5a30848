package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.ListWithForm;
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
    final Grid<Room> grid = new Grid<>();
    final RoomForm form = new RoomForm();
    final Button create = new Button();
    private final ListWithForm<Room> content;

    RoomsView(CentreService centreService, RoomService roomService, FormErrors formErrors) {
        super(centreService);
        this.roomService = roomService;
        addClassName("rooms-view");

        grid.addColumn(Room::getName).setHeader(getTranslation("room.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Room::getCapacity).setHeader(getTranslation("room.capacity")).setSortProperty("capacity");
        grid.addColumn(room -> getTranslation(room.isBookable() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("room.bookable")).setSortProperty("bookable");
        grid.setAriaLabel(getTranslation("nav.centre.rooms"));
        content = new ListWithForm<>(grid, form, formErrors, "room", Room::getName)
                .onSave(roomService::save)
                .onDelete(room -> roomService.delete(room.getId()));

        create.setText(getTranslation("room.new"));
        grid.setEmptyStateText(getTranslation("room.empty"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> content.create(roomService.newRoom(centre().getId())));
    }

    @Override
    protected void render(Centre centre) {
        boolean editable = centreService.canEditDetails(centre);
        grid.setItems(query -> roomService.list(centre.getId(), toSpringPageRequest(query)).stream());
        create.setVisible(editable);
        content.setEditable(editable);
        add(create, content);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.rooms";
    }
}
