package nl.ontmoet.base.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The municipality works in Dutch: every UI starts in Dutch whatever language the browser prefers, and so does the
 * notice of an ended session, which leads back to the login page with the reason.
 * The English bundle is there for translation, not chosen by browser settings.
 */
@Component
@RequiredArgsConstructor
class DutchByDefault implements VaadinServiceInitListener {

    private final BundleI18NProvider i18n;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(BundleI18NProvider.DUTCH));
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(i18n.getTranslation("session.expired.caption", BundleI18NProvider.DUTCH));
        messages.setSessionExpiredMessage(i18n.getTranslation("session.expired.message", BundleI18NProvider.DUTCH));
        messages.setSessionExpiredURL("login?expired");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
