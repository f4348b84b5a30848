package nl.ontmoet.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.ontmoet.base.domain.RecordNotFoundException;

/**
 * Shown when a record does not exist or the user may not see it. Both look the same on purpose, so that
 * guessing ids reveals nothing.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends NotFoundPage implements HasErrorParameter<RecordNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
