package nl.ontmoet.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The municipality works in Dutch: every UI starts in Dutch whatever language the browser prefers.
 * The English bundle is there for translation, not chosen by browser settings.
 */
@Component
class DutchByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(BundleI18NProvider.DUTCH));
    }
}
