package nl.ontmoet.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.RecordNotFoundException;

/** A record that does not exist or that the user may not see: both look the same on purpose. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends NotFoundPage<RecordNotFoundException> {
}
