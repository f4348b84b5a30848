package nl.ontmoet.figures.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import nl.ontmoet.TestClock;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.figures.service.AnnualFiguresService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AnnualFiguresViewTest extends SpringBrowserlessTest {

    @Autowired
    AnnualFiguresService figures;

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_years_totals_and_narrows_the_cards_to_one_centre() {
        int year = TestClock.TODAY.getYear();
        var view = navigate(AnnualFiguresView.class);
        assertThat(view.year.getValue()).isEqualTo(year);
        var all = figures.of(year, null);
        var dutch = Formats.DUTCH;
        assertThat(view.summary.getElement().getTextRecursively())
                .contains(dutch.number(BigDecimal.valueOf(all.total().visitors())) + "Bezoekers")
                .contains(dutch.money(all.total().grantedAmount()) + "Subsidie toegekend");
        assertThat(test(view.centres).size()).isEqualTo(all.centres().size());
        assertThat(view.centres.getFooterRows().getFirst().getCell(view.centres.getColumnByKey("expenses")).getText())
                .isEqualTo(dutch.money(all.total().expenses()));
        assertThat($(Anchor.class, view).all()).extracting(Anchor::getText).containsOnly("Download als XLSX");

        var one = figures.centres().getFirst();
        test(view.centre).selectItem(one.name());
        var ofOne = figures.of(year, one.id());
        assertThat(view.summary.getElement().getTextRecursively())
                .contains(dutch.number(BigDecimal.valueOf(ofOne.chosen().visitors())) + "Bezoekers");
        assertThat(test(view.programme.months).size()).isEqualTo(12);
        assertThat(test(view.centres).size()).isEqualTo(all.centres().size());
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_open_the_annual_figures() {
        assertThatThrownBy(() -> navigate(AnnualFiguresView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
