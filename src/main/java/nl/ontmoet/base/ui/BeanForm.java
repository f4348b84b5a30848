package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.domain.AbstractEntity;

import java.util.Arrays;

/**
 * The one form pattern: a buffered binder over a detached bean, a title that says new or edit, and Save, Delete
 * and Cancel that fire events for the view. The form knows nothing of persistence; because the detached bean
 * keeps its version, a save over someone else's change is refused by the service.
 */
public abstract class BeanForm<T> extends FormLayout {

    public final H3 title = new H3();
    public final Button save = new Button();
    public final Button delete = new Button();
    public final Button cancel = new Button();
    protected final BeanValidationBinder<T> binder;
    private final String newTitleKey;
    private final String editTitleKey;
    private Component firstField;
    private T bean;

    protected BeanForm(Class<T> type, String newTitleKey, String editTitleKey) {
        this.binder = new BeanValidationBinder<>(type);
        this.newTitleKey = newTitleKey;
        this.editTitleKey = editTitleKey;
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (bean != null && binder.writeBeanIfValid(bean)) {
                fireEvent(new SaveEvent<>(this, bean));
            }
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent<>(this, bean)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent<>(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** Binds the subclass's fields that are not bound yet by name, and lays out title, fields and buttons. */
    protected void layout(Component... fields) {
        binder.bindInstanceFields(this);
        firstField = Arrays.stream(fields).filter(Focusable.class::isInstance).findFirst().orElse(null);
        add(title);
        add(fields);
        add(new HorizontalLayout(save, delete, cancel));
    }

    /** Enter in these fields saves, as in any desktop form. */
    protected void saveOnEnter(Component... fields) {
        save.addClickShortcut(Key.ENTER).listenOn(fields);
    }

    public void edit(T bean) {
        this.bean = bean;
        if (bean == null) {
            return;
        }
        binder.readBean(bean);
        boolean isNew = isNew(bean);
        title.setText(getTranslation(isNew ? newTitleKey : editTitleKey));
        delete.setVisible(!isNew && canDelete(bean));
        onEdit(bean);
    }

    /** Called after the bean is read into the fields: for what depends on the bean beyond its properties. */
    protected void onEdit(T bean) {
    }

    protected boolean isNew(T bean) {
        return bean instanceof AbstractEntity entity && entity.isNew();
    }

    protected boolean canDelete(T bean) {
        return true;
    }

    public void focusFirstField() {
        if (firstField instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    public T getBean() {
        return bean;
    }

    public BeanValidationBinder<T> getBinder() {
        return binder;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener((Class) SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
        return addListener((Class) DeleteEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCancelListener(ComponentEventListener<CancelEvent<T>> listener) {
        return addListener((Class) CancelEvent.class, (ComponentEventListener) listener);
    }

    public static final class SaveEvent<T> extends FormEvent<BeanForm<T>, T> {
        SaveEvent(BeanForm<T> source, T bean) {
            super(source, bean);
        }
    }

    public static final class DeleteEvent<T> extends FormEvent<BeanForm<T>, T> {
        DeleteEvent(BeanForm<T> source, T bean) {
            super(source, bean);
        }
    }

    public static final class CancelEvent<T> extends FormEvent<BeanForm<T>, T> {
        CancelEvent(BeanForm<T> source) {
            super(source, null);
        }
    }
}
