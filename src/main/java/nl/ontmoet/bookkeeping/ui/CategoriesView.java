package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.ListWithForm;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.service.CategoryService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The kostensoorten, maintained by admins; a category in use is deactivated instead of deleted. */
@Route("admin/categories")
@RolesAllowed(Roles.ADMIN)
public class CategoriesView extends Main implements HasDynamicTitle {

    private final CategoryService categoryService;
    final Grid<Category> grid = new Grid<>();
    final CategoryForm form = new CategoryForm();
    final Button create = new Button();

    CategoriesView(CategoryService categoryService, FormErrors formErrors) {
        this.categoryService = categoryService;
        addClassNames("view", "categories-view");

        grid.addColumn(Category::getCode).setHeader(getTranslation("bookkeeping.category.code")).setSortProperty("code");
        grid.addColumn(Category::getName).setHeader(getTranslation("bookkeeping.category.name"))
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(c -> getTranslation("bookkeeping.direction." + c.getDirection().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setSortProperty("direction");
        grid.addComponentColumn(c -> {
            var badge = new Span(getTranslation(c.isActive() ? "bookkeeping.category.active.yes"
                    : "bookkeeping.category.active.no"));
            badge.getElement().getThemeList().add(c.isActive() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("bookkeeping.category.status")).setSortProperty("active");
        grid.setAriaLabel(getTranslation("nav.categories"));
        grid.setItems(query -> categoryService.page(toSpringPageRequest(query)).stream());
        var content = new ListWithForm<>(grid, form, formErrors, "bookkeeping.category", Category::getName)
                .onSave(categoryService::save)
                .onDelete(category -> categoryService.delete(category.getId()));

        create.setText(getTranslation("bookkeeping.category.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> content.create(new Category()));
        add(create, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.categories");
    }
}
