package nl.ontmoet.base.ui;

import lombok.RequiredArgsConstructor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Anything a view did not handle itself still reaches the user as a Dutch message, not a stack trace. */
@Component
@RequiredArgsConstructor
class UiErrorHandler implements VaadinServiceInitListener {

    private final ErrorMessages messages;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(messages.toMessage(error.getThrowable(), ui.getLocale()).text()));
            }
        }));
    }
}
