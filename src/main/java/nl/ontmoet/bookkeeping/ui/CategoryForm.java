package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;

/** Edits one category (kostensoort); fires save, delete and cancel events. */
public class CategoryForm extends FormLayout {

    final H3 title = new H3();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Category> binder = new BeanValidationBinder<>(Category.class);
    private Category category;

    public CategoryForm() {
        addClassName("category-form");
        code.setLabel(getTranslation("bookkeeping.category.code"));
        code.setHelperText(getTranslation("bookkeeping.category.code.help"));
        code.setMaxLength(Category.CODE_LENGTH);
        name.setLabel(getTranslation("bookkeeping.category.name"));
        name.setMaxLength(Category.NAME_LENGTH);
        direction.setLabel(getTranslation("bookkeeping.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("bookkeeping.direction." + d.name()));
        active.setLabel(getTranslation("bookkeeping.category.active"));
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (category != null && binder.writeBeanIfValid(category)) {
                fireEvent(new SaveEvent(this, category));
            }
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, category)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(title, code, name, direction, active, new HorizontalLayout(save, delete, cancel));
    }

    public void setCategory(Category category) {
        this.category = category;
        if (category != null) {
            binder.readBean(category);
            title.setText(getTranslation(category.isNew() ? "bookkeeping.category.new" : "bookkeeping.category.edit"));
            delete.setVisible(!category.isNew());
        }
    }

    public BeanValidationBinder<Category> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<CategoryForm, Category> {
        SaveEvent(CategoryForm source, Category category) {
            super(source, category);
        }
    }

    public static class DeleteEvent extends FormEvent<CategoryForm, Category> {
        DeleteEvent(CategoryForm source, Category category) {
            super(source, category);
        }
    }

    public static class CancelEvent extends FormEvent<CategoryForm, Category> {
        CancelEvent(CategoryForm source) {
            super(source, null);
        }
    }
}
