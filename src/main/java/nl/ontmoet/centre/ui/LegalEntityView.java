package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.LegalEntityService;

/** The legal entity that runs the centre; admins keep it, whoever sees the centre reads it. */
@Route("centres/:centre/beheerder")
@PermitAll
public class LegalEntityView extends CentreScopedView {

    final LegalEntityForm form = new LegalEntityForm();
    final Paragraph missing = new Paragraph();

    private final LegalEntityService legalEntities;
    private final CurrentUser currentUser;
    private final FormErrors formErrors;

    LegalEntityView(CentreService centreService, LegalEntityService legalEntities, CurrentUser currentUser,
                    FormErrors formErrors) {
        super(centreService);
        this.legalEntities = legalEntities;
        this.currentUser = currentUser;
        this.formErrors = formErrors;
        addClassName("legal-entity-view");
        missing.setText(getTranslation("legalEntity.missing"));
        form.addSaveListener(save -> {
            var saved = formErrors.attemptGet(form.getBinder(), () -> legalEntities.save(save.getBean()));
            saved.ifPresent(entity -> {
                Notifications.success(getTranslation("legalEntity.saved", entity.getName()));
                form.edit(entity);
            });
        });
    }

    @Override
    protected void render(Centre centre) {
        boolean admin = currentUser.hasRole(Role.ADMIN);
        var entity = admin ? java.util.Optional.of(legalEntities.forEdit(centre.getId()))
                : legalEntities.of(centre.getId());
        if (entity.isEmpty()) {
            add(missing);
            return;
        }
        form.edit(entity.get());
        form.setReadOnly(!admin);
        add(form);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.legalEntity";
    }
}
