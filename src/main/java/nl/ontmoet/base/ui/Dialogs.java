package nl.ontmoet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one confirmation dialog: a header that names the thing, what will happen, and Cancel beside the action. */
public final class Dialogs {

    private Dialogs() {
    }

    /** For what cannot be undone: the action is red. */
    public static ConfirmDialog confirmDanger(String header, String text, String confirmText, Runnable onConfirm) {
        var dialog = confirm(header, text, confirmText, onConfirm);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    public static ConfirmDialog confirmDelete(String header, String text, Runnable onConfirm) {
        return confirmDanger(header, text, translate("action.delete"), onConfirm);
    }

    public static ConfirmDialog confirm(String header, String text, String confirmText, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(translate("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(confirm -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
