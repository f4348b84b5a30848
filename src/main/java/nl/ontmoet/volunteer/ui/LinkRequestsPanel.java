package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.volunteer.domain.LinkRequestRow;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The link requests of other centres for people engaged here, each with confirm and refuse. */
public class LinkRequestsPanel extends Div {

    final H3 title = new H3();
    final List<Button> confirmButtons = new ArrayList<>();
    final List<Button> refuseButtons = new ArrayList<>();
    private final Div rows = new Div();
    private final Consumer<LinkRequestRow> onConfirm;
    private final Consumer<LinkRequestRow> onRefuse;
    private final ZoneId zone;

    /** @param zone the application clock's zone, in which a request's moment becomes the date people read */
    public LinkRequestsPanel(Consumer<LinkRequestRow> onConfirm, Consumer<LinkRequestRow> onRefuse, ZoneId zone) {
        addClassName("volunteer-link-requests");
        title.setText(getTranslation("volunteer.link.title"));
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("volunteer.link.title"));
        add(title, rows);
        this.onConfirm = onConfirm;
        this.onRefuse = onRefuse;
        this.zone = zone;
        setVisible(false);
    }

    public void show(List<LinkRequestRow> requests) {
        rows.removeAll();
        confirmButtons.clear();
        refuseButtons.clear();
        for (var request : requests) {
            var text = new Span(getTranslation("volunteer.link.row", request.name(),
                    Formats.current().date(request.dateOfBirth()), request.centreName(), request.requestedBy(),
                    request.requestedAt() == null ? ""
                            : Formats.current().date(request.requestedAt().atZone(zone).toLocalDate())));
            var confirm = new Button(getTranslation("volunteer.link.confirm"), click -> onConfirm.accept(request));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var refuse = new Button(getTranslation("volunteer.link.refuse"), click -> onRefuse.accept(request));
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            confirmButtons.add(confirm);
            refuseButtons.add(refuse);
            var row = new Div(text, confirm, refuse);
            row.addClassName("volunteer-link-request");
            rows.add(row);
        }
        setVisible(!requests.isEmpty());
    }

    /** The text of each shown request, in order. */
    List<String> texts() {
        return rows.getChildren().map(row -> row.getChildren().findFirst().map(c -> ((Span) c).getText()).orElse(""))
                .toList();
    }
}
