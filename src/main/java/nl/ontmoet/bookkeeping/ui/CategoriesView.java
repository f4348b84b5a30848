package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.service.CategoryService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The kostensoorten, maintained by admins; a category in use is deactivated instead of deleted. */
@Route("admin/categories")
@RolesAllowed(Roles.ADMIN)
public class CategoriesView extends Main implements HasDynamicTitle {

    private final CategoryService categoryService;
    private final FormErrors formErrors;
    final Grid<Category> grid = new Grid<>();
    final CategoryForm form = new CategoryForm();
    final Button create = new Button();

    CategoriesView(CategoryService categoryService, FormErrors formErrors) {
        this.categoryService = categoryService;
        this.formErrors = formErrors;
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
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        create.setText(getTranslation("bookkeeping.category.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            grid.asSingleSelect().clear();
            edit(new Category());
        });

        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> categoryService.save(save.getBean()))) {
                Notifications.success(getTranslation("bookkeeping.category.saved", save.getBean().getName()));
                closeForm();
            }
        });
        form.addDeleteListener(delete -> confirmDelete(delete.getBean()));
        form.addCancelListener(cancel -> closeForm());
        form.setVisible(false);

        var content = new Div(grid, form);
        content.addClassName("list-with-form");
        add(create, content);
    }

    private void edit(Category category) {
        if (category == null) {
            form.setVisible(false);
            return;
        }
        form.setCategory(category);
        form.setVisible(true);
        form.code.focus();
    }

    private void confirmDelete(Category category) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("bookkeeping.category.delete.title", category.getName()));
        dialog.setText(getTranslation("bookkeeping.category.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (formErrors.attempt(form.getBinder(), () -> categoryService.delete(category.getId()))) {
                Notifications.success(getTranslation("bookkeeping.category.deleted", category.getName()));
                closeForm();
            }
        });
        dialog.open();
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.categories");
    }
}
