package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;

/** Asks to type the volunteer's name before their data is erased for good. */
class EraseDialog extends Dialog {

    /** What the dialog edits: the typed confirmation, bound so that refusals show at the field. */
    public static class Confirmation {
        private String confirmation = "";

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    final TextField confirmation = new TextField();
    final Button confirm = new Button();
    final Button cancel = new Button();
    private final Binder<Confirmation> binder = new Binder<>(Confirmation.class);

    EraseDialog(VolunteerPrivacyService privacyService, FormErrors formErrors, long centreId,
                VolunteerDetails details, Runnable afterErasure) {
        addClassName("erase-dialog");
        setHeaderTitle(getTranslation("volunteer.erase.title", details.getName()));
        setWidth("min(36em, 95vw)");
        confirmation.setLabel(getTranslation("volunteer.erase.confirmation"));
        confirmation.setWidthFull();
        binder.bind(confirmation, "confirmation");
        var typed = new Confirmation();
        binder.setBean(typed);

        confirm.setText(getTranslation("volunteer.erase.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (formErrors.attempt(binder, () -> privacyService.erase(centreId, details.getVolunteerId(),
                    details.getVolunteerVersion(), typed.getConfirmation()))) {
                Notifications.success(getTranslation("volunteer.erase.done"));
                close();
                afterErasure.run();
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, confirm);
        add(new Paragraph(getTranslation("volunteer.erase.explanation")), confirmation);
        addOpenedChangeListener(opened -> confirmation.focus());
    }
}
