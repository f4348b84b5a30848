package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;

/** Edits one category (kostensoort). */
public class CategoryForm extends BeanForm<Category> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    final Checkbox active = new Checkbox();

    public CategoryForm() {
        super(Category.class, "bookkeeping.category.new", "bookkeeping.category.edit");
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
        layout(code, name, direction, active);
    }
}
