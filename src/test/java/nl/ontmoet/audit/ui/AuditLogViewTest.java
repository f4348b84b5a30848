package nl.ontmoet.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** What an admin reads in the audit log of a coaching session: that it happened and when, nothing more. */
@SpringBootTest
@Transactional
class AuditLogViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void coaching_lines_show_neither_who_nor_which_record_nor_what() {
        var view = navigate(AuditLogView.class);
        test(view.entityType).selectItem("Coachinggesprek");
        var grid = test(view.grid);

        assertThat(grid.size()).isPositive();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 1)).isEqualTo("(vertrouwelijk)");
            assertThat(grid.getCellText(row, 3)).isEqualTo("Coachinggesprek");
            assertThat(grid.getCellText(row, 4)).isEmpty();
            assertThat(grid.getCellText(row, 5)).startsWith("Vertrouwelijk:").doesNotContain("UserAccount#")
                    .doesNotContain("BUDGET");
        }
    }
}
