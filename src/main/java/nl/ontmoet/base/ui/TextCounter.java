package nl.ontmoet.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Shows how much of a long text's limit is used ("120 van 2000 tekens") below the field, after its own help text.
 * Counted in the browser while typing, so a keystroke costs no round trip to the server.
 */
public final class TextCounter {

    private TextCounter() {
    }

    /** Call after {@link TextArea#setMaxLength}; the field's own help text, if any, stays in front of the count. */
    public static TextArea count(TextArea area) {
        String template = area.getTranslation("text.counter");
        area.addAttachListener(attach -> area.getElement().executeJs("""
                const field = this;
                const own = field.helperText || '';
                const show = () => {
                  const count = $0.replace('{0}', (field.value || '').length).replace('{1}', field.maxlength);
                  field.helperText = own ? own + ' · ' + count : count;
                };
                field.addEventListener('input', show);
                field.addEventListener('value-changed', show);
                show();""", template));
        return area;
    }
}
