package nl.ontmoet.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** An address whose number part is not a number (a year or id typed by hand, say): not found, never an error. */
@ParentLayout(MainLayout.class)
@PermitAll
public class MalformedAddressView extends NotFoundPage<NumberFormatException> {
}
