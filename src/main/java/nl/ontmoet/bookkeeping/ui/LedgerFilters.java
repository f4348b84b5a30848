package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.LedgerFilter;

import java.time.LocalDate;
import java.util.List;

/** The ledger's filter bar: period (this year at first), direction, category and free text. */
class LedgerFilters extends FlexLayout {

    final DatePicker from = new DateField();
    final DatePicker to = new DateField();
    final ComboBox<Category> category = new ComboBox<>();
    final Select<Direction> direction = new Select<>();
    final TextField search = new TextField();

    /** @param onChange called whenever a filter changes */
    LedgerFilters(int year, List<Category> categories, Runnable onChange) {
        from.setLabel(getTranslation("bookkeeping.filter.from"));
        to.setLabel(getTranslation("bookkeeping.filter.to"));
        from.setValue(LocalDate.of(year, 1, 1));
        to.setValue(LocalDate.of(year, 12, 31));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        category.setLabel(getTranslation("bookkeeping.entry.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(Category::getName);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("bookkeeping.filter.all"));
        direction.setLabel(getTranslation("bookkeeping.direction"));
        direction.setItems(Direction.values());
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("bookkeeping.filter.all"));
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("bookkeeping.filter.all")
                : getTranslation("bookkeeping.direction." + d.name()));
        search.setLabel(getTranslation("bookkeeping.filter.text"));
        search.setPlaceholder(getTranslation("bookkeeping.filter.text.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        direction.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());

        add(from, to, direction, category, search);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("toolbar");
    }

    LedgerFilter filter() {
        return new LedgerFilter(from.getValue(), to.getValue(),
                category.getValue() == null ? null : category.getValue().getId(), direction.getValue(),
                search.getValue());
    }
}
