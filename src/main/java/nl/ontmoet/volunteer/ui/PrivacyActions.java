package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;

/** The person's AVG rights for the shown volunteer: download a copy of their data, erase it. */
class PrivacyActions extends Div {

    private final VolunteerPrivacyService privacyService;
    private final FormErrors formErrors;
    private final Runnable afterErasure;
    final Anchor export = new Anchor();
    final Button erase = new Button();
    final Span eraseNotAllowed = new Span();
    private long centreId;
    private VolunteerDetails details;

    PrivacyActions(VolunteerPrivacyService privacyService, FormErrors formErrors, Runnable afterErasure) {
        this.privacyService = privacyService;
        this.formErrors = formErrors;
        this.afterErasure = afterErasure;
        addClassNames("volunteer-section", "volunteer-privacy-section");
        var title = new H3(getTranslation("volunteer.privacy.title"));

        export.setText(getTranslation("volunteer.privacy.export"));
        export.addClassName("volunteer-export");
        export.getElement().setAttribute("download", true);
        erase.setText(getTranslation("volunteer.privacy.erase"));
        erase.setIcon(VaadinIcon.TRASH.create());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> new EraseDialog(privacyService, formErrors, centreId, details, afterErasure)
                .open());
        eraseNotAllowed.setText(getTranslation("volunteer.privacy.eraseNotAllowed"));
        var actions = new Div(export, erase, eraseNotAllowed);
        actions.addClassName("volunteer-privacy");
        add(title, actions);
    }

    void show(long centreId, VolunteerDetails details) {
        this.centreId = centreId;
        this.details = details;
        long volunteerId = details.getVolunteerId();
        export.setHref(Downloads.handler(() -> privacyService.export(centreId, volunteerId)));
        boolean mayErase = !details.isErased() && privacyService.mayErase(centreId, volunteerId);
        erase.setVisible(mayErase);
        eraseNotAllowed.setVisible(!details.isErased() && !mayErase);
        setVisible(true);
    }
}
