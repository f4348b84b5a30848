package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.volunteer.domain.LinkRequestRow;
import nl.ontmoet.volunteer.service.VolunteerLinkService;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The link requests of other centres for people engaged here, each with confirm and refuse. */
public class LinkRequestsPanel extends Div {

    final H3 title = new H3();
    final List<Button> confirmButtons = new ArrayList<>();
    final List<Button> refuseButtons = new ArrayList<>();
    private final Div rows = new Div();
    private final VolunteerLinkService linkService;
    private final FormErrors formErrors;
    private final ZoneId zone;
    private long centreId;

    /** @param zone the application clock's zone, in which a request's moment becomes the date people read */
    public LinkRequestsPanel(VolunteerLinkService linkService, FormErrors formErrors, ZoneId zone) {
        addClassName("volunteer-link-requests");
        title.setText(getTranslation("volunteer.link.title"));
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("volunteer.link.title"));
        add(title, rows);
        this.linkService = linkService;
        this.formErrors = formErrors;
        this.zone = zone;
        setVisible(false);
    }

    /** Shows the requests waiting for the centre's decision; hidden when there are none. */
    public void show(long centreId) {
        this.centreId = centreId;
        var requests = linkService.pendingFor(centreId);
        rows.removeAll();
        confirmButtons.clear();
        refuseButtons.clear();
        for (var request : requests) {
            var text = new Span(getTranslation("volunteer.link.row", request.name(),
                    Formats.current().date(request.dateOfBirth()), request.centreName(), request.requestedBy(),
                    request.requestedAt() == null ? ""
                            : Formats.current().date(request.requestedAt().atZone(zone).toLocalDate())));
            var confirm = new Button(getTranslation("volunteer.link.confirm"), click -> confirm(request));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var refuse = new Button(getTranslation("volunteer.link.refuse"), click -> refuse(request));
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            confirmButtons.add(confirm);
            refuseButtons.add(refuse);
            var row = new Div(text, confirm, refuse);
            row.addClassName("volunteer-link-request");
            rows.add(row);
        }
        setVisible(!requests.isEmpty());
    }

    private void confirm(LinkRequestRow request) {
        if (formErrors.attempt(null, () -> linkService.confirm(request.id()))) {
            Notifications.success(getTranslation("volunteer.link.confirmed", request.name(), request.centreName()));
        }
        show(centreId);
    }

    private void refuse(LinkRequestRow request) {
        if (formErrors.attempt(null, () -> linkService.refuse(request.id()))) {
            Notifications.success(getTranslation("volunteer.link.refused", request.name()));
        }
        show(centreId);
    }

    /** The text of each shown request, in order. */
    List<String> texts() {
        return rows.getChildren().map(row -> row.getChildren().findFirst().map(c -> ((Span) c).getText()).orElse(""))
                .toList();
    }
}
