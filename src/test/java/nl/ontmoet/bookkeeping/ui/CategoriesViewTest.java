package nl.ontmoet.bookkeeping.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class CategoriesViewTest extends SpringBrowserlessTest {

    @Autowired
    CategoryRepository categories;

    @Test
    @WithUserDetails("admin")
    void an_admin_adds_a_category_and_a_duplicate_code_is_refused_at_the_field() {
        var view = navigate(CategoriesView.class);
        int before = test(view.grid).size();
        assertThat(before).isGreaterThanOrEqualTo(11);

        test(view.create).click();
        test(view.form.code).setValue("SUBSIDIE");
        test(view.form.name).setValue("Subsidie provincie");
        test(view.form.direction).selectItem("Inkomsten");
        test(view.form.save).click();
        assertThat(view.form.code.isInvalid()).isTrue();
        assertThat(view.form.code.getErrorMessage()).isEqualTo("Er bestaat al een kostensoort met de code SUBSIDIE.");

        test(view.form.code).setValue("SUBSIDIE_PROVINCIE");
        test(view.form.save).click();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_open_the_categories() {
        long before = categories.count();
        assertThatThrownBy(() -> navigate(CategoriesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(CategoriesView.class);
        assertThat(categories.count()).isEqualTo(before);
    }
}
