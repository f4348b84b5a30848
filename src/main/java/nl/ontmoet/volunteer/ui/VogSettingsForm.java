package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.volunteer.domain.VolunteerSettings;

import java.util.function.Consumer;

/**
 * The municipality's maximum age of a VOG, on the admin's allowance screen. A plain binder: the service checks the
 * number, so the admin reads the same Dutch message whichever way a wrong value arrives.
 */
class VogSettingsForm extends FormLayout {

    final IntegerField vogMaxAgeYears = new IntegerField();
    final Button save = new Button();
    private final Binder<VolunteerSettings> binder = new Binder<>(VolunteerSettings.class);
    private VolunteerSettings settings;

    VogSettingsForm(Consumer<VolunteerSettings> onSave) {
        addClassName("vog-settings-form");
        vogMaxAgeYears.setLabel(getTranslation("volunteer.vog.maxAge"));
        vogMaxAgeYears.setHelperText(getTranslation("volunteer.vog.maxAge.help"));
        vogMaxAgeYears.setStepButtonsVisible(true);
        binder.bind(vogMaxAgeYears, "vogMaxAgeYears");

        save.setText(getTranslation("action.save"));
        save.addClickListener(click -> {
            if (settings != null && binder.writeBeanIfValid(settings)) {
                onSave.accept(settings);
            }
        });
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(new H3(getTranslation("volunteer.vog.settings.title")), vogMaxAgeYears, save);
    }

    void edit(VolunteerSettings settings) {
        this.settings = settings;
        binder.readBean(settings);
    }

    Binder<VolunteerSettings> getBinder() {
        return binder;
    }
}
