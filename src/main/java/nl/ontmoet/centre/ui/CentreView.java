package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.RoomService;

import java.util.Collection;

/** The home of one centre: its details, editable by its coordinators and admins, read-only for others. */
@Route("centres/:centre")
@PermitAll
public class CentreView extends CentreScopedView {

    private final RoomService roomService;
    private final UserAccountService userService;
    private final CurrentUser currentUser;
    private final FormErrors formErrors;
    CentreForm form;

    CentreView(CentreService centreService, RoomService roomService, UserAccountService userService,
               CurrentUser currentUser, FormErrors formErrors) {
        super(centreService);
        this.roomService = roomService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.formErrors = formErrors;
        addClassName("centre-view");
    }

    @Override
    protected void render(Centre centre) {
        boolean admin = currentUser.hasRole(Role.ADMIN);
        boolean editable = centreService.canEditDetails(centre);
        Collection<UserAccount> choices = admin ? userService.withRole(Role.COORDINATOR) : centre.getCoordinators();

        var status = new Span(getTranslation(centre.isActive() ? "centre.status.active" : "centre.status.inactive"));
        status.getElement().getThemeList().add(centre.isActive() ? "badge success" : "badge contrast");
        var heading = new HorizontalLayout(new H2(centre.getName()), status);
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        var district = new Paragraph(getTranslation("centre.summary", centre.getDistrict(), centre.getAddress()));
        district.addClassName("secondary");

        form = new CentreForm(choices, admin);
        form.edit(centre);
        form.setReadOnly(!editable);
        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> centreService.update(save.getBean()))) {
                Notifications.success(getTranslation("centre.saved", save.getBean().getName()));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            }
        });
        form.addCancelListener(cancel -> form.edit(centreService.get(centre.getId())));

        int rooms = roomService.all(centre.getId()).size();
        var roomsLink = new RouterLink(getTranslation("centre.roomsLink", rooms), RoomsView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug()));
        var card = new Div(new H2(getTranslation("centre.details")), form);
        card.addClassName("card");
        var side = new Div(new H2(getTranslation("nav.centre.rooms")), roomsLink);
        side.addClassName("card");
        var columns = new Div(card, side);
        columns.addClassName("two-columns");
        add(heading, district, columns);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.overview";
    }
}
