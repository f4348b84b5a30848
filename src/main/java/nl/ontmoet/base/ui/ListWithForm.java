package nl.ontmoet.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one list-with-form pattern: a lazy grid and a side form. Selecting a row opens it in the form; Save and
 * Delete (after confirmation) go through {@link FormErrors}, so a refusal is shown at the field and the input
 * stays; afterwards the form closes and the grid reloads. Texts come from {@code <prefix>.saved},
 * {@code <prefix>.deleted}, {@code <prefix>.delete.title} and {@code <prefix>.delete.text}, each given the
 * bean's name.
 */
public class ListWithForm<T> extends Div {

    private final Grid<T> grid;
    private final BeanForm<T> form;
    private final FormErrors formErrors;
    private final String prefix;
    private final Function<T, String> name;
    private Consumer<T> saver;
    private Consumer<T> deleter;

    public ListWithForm(Grid<T> grid, BeanForm<T> form, FormErrors formErrors, String prefix,
                        Function<T, String> name) {
        this.grid = grid;
        this.form = form;
        this.formErrors = formErrors;
        this.prefix = prefix;
        this.name = name;
        addClassName("list-with-form");
        add(grid, form);
        form.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        form.addSaveListener(save -> save(save.getBean()));
        form.addDeleteListener(delete -> confirmDelete(delete.getBean()));
        form.addCancelListener(cancel -> close());
    }

    public ListWithForm<T> onSave(Consumer<T> saver) {
        this.saver = saver;
        return this;
    }

    public ListWithForm<T> onDelete(Consumer<T> deleter) {
        this.deleter = deleter;
        return this;
    }

    /** Opens a new bean in the form, with no row selected. */
    public void create(T bean) {
        grid.asSingleSelect().clear();
        edit(bean);
    }

    public void edit(T bean) {
        if (bean == null) {
            form.setVisible(false);
            return;
        }
        form.edit(bean);
        if (deleter == null) {
            form.delete.setVisible(false);
        }
        form.setVisible(true);
        form.focusFirstField();
    }

    /** Read-only for who may not change the list: no row opens the form. */
    public void setEditable(boolean editable) {
        grid.setSelectionMode(editable ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.NONE);
        form.setVisible(false);
    }

    public void close() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private void save(T bean) {
        Objects.requireNonNull(saver, "a list with a form saves through onSave");
        if (formErrors.attempt(form.getBinder(), () -> saver.accept(bean))) {
            Notifications.success(getTranslation(prefix + ".saved", name.apply(bean)));
            close();
        }
    }

    private void confirmDelete(T bean) {
        Dialogs.confirmDelete(getTranslation(prefix + ".delete.title", name.apply(bean)),
                getTranslation(prefix + ".delete.text"), () -> {
                    if (formErrors.attempt(form.getBinder(), () -> deleter.accept(bean))) {
                        Notifications.success(getTranslation(prefix + ".deleted", name.apply(bean)));
                        close();
                    }
                });
    }
}
