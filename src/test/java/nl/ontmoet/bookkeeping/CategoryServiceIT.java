package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.CategoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class CategoryServiceIT {

    @Autowired
    CategoryService categoryService;
    @Autowired
    CategoryRepository categories;

    @Test
    @WithUserDetails("admin")
    void the_dutch_defaults_are_seeded_with_stable_codes() {
        assertThat(categoryService.all()).extracting(Category::getCode).contains("PERSONEEL", "HUUR_ENERGIE",
                "ACTIVITEITEN", "MARKETING", "VRIJWILLIGERS", "ONDERHOUD", "SUBSIDIE", "ZAALVERHUUR", "BIJDRAGEN",
                "BAR", "FONDSEN", "INKOOP", "VERZEKERINGEN", "BANKKOSTEN", "AFSCHRIJVINGEN");
        assertThat(categories.findByCode("INKOOP").orElseThrow().getName()).isEqualTo("Inkoop bar en consumpties");
        assertThat(categories.findByCode("BANKKOSTEN").orElseThrow().getDirection()).isEqualTo(Direction.EXPENSE);
        assertThat(categories.findByCode("SUBSIDIE").orElseThrow().getDirection()).isEqualTo(Direction.INCOME);
        assertThat(categoryService.active(Direction.EXPENSE)).allMatch(c -> c.getDirection() == Direction.EXPENSE);
    }

    @Test
    @WithUserDetails("admin")
    void a_category_in_use_is_deactivated_not_deleted_and_an_unused_one_is_deleted() {
        var used = categories.findByCode("PERSONEEL").orElseThrow();
        assertThatThrownBy(() -> categoryService.delete(used.getId()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.category.error.inUse"));
        used.setActive(false);
        categoryService.save(used);
        assertThat(categoryService.active(null)).doesNotContain(used);

        var fresh = categoryService.save(new Category("koffie fonds", "Koffiepot", Direction.INCOME));
        assertThat(fresh.getCode()).isEqualTo("KOFFIE_FONDS");
        categoryService.delete(fresh.getId());
        assertThat(categories.findByCode("KOFFIE_FONDS")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void codes_and_names_are_unique_and_codes_are_plain() {
        assertThatThrownBy(() -> categoryService.save(new Category("SUBSIDIE", "Iets anders", Direction.INCOME)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).contains("code"));
        assertThatThrownBy(() -> categoryService.save(new Category("NIEUW", "personeel", Direction.EXPENSE)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).contains("name"));
        assertThatThrownBy(() -> categoryService.save(new Category("€URO", "Euro", Direction.EXPENSE)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).contains("code"));
    }

    @Test
    @WithUserDetails("coordinator")
    void only_admins_change_categories() {
        assertThatThrownBy(() -> categoryService.save(new Category("X", "X", Direction.INCOME)))
                .isInstanceOf(AccessDeniedException.class);
        var any = categories.findByCode("BAR").orElseThrow();
        assertThatThrownBy(() -> categoryService.delete(any.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(categoryService.active(Direction.INCOME)).isNotEmpty();
    }
}
