package nl.ontmoet.base.domain;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.CategoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class RecordTimesIT {

    @Autowired
    CategoryService categoryService;
    @Autowired
    CategoryRepository categories;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithUserDetails("admin")
    void created_and_modified_times_come_from_the_application_clock_not_the_host() {
        clock.set(LocalDateTime.of(2031, 3, 30, 0, 30));
        var category = categoryService.save(new Category("KLOKTEST", "Kloktest", Direction.EXPENSE));
        assertThat(category.getCreatedAt()).isEqualTo(clock.instant());
        assertThat(category.getModifiedAt()).isEqualTo(clock.instant());
        assertThat(category.getCreatedBy()).isEqualTo("admin");

        clock.advance(Duration.ofHours(5));
        category.setActive(false);
        var changed = categoryService.save(category);
        categories.flush();
        assertThat(changed.getModifiedAt()).isEqualTo(clock.instant());
        assertThat(changed.getCreatedAt()).isEqualTo(LocalDateTime.of(2031, 3, 30, 0, 30).atZone(TestClock.ZONE).toInstant());
    }
}
