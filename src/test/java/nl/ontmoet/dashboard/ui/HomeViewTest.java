package nl.ontmoet.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.ui.CentreView;
import nl.ontmoet.dashboard.service.CentreFigures;
import nl.ontmoet.coaching.service.CoacheeSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role's Vandaag shows its own work and nobody else's. */
@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "Huis van de Wijk De Nude";
    private static final String ONS_HUIS = "Buurthuis Ons Huis";
    private static final String POMHORST = "Wijkcentrum De Pomhorst";

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_the_cards_of_their_centre_and_no_municipal_or_admin_figures() {
        navigate(HomeView.class);
        assertThat(headings()).containsAnyOf(NUDE, ONS_HUIS).doesNotContain(POMHORST);
        assertThat(cardIds()).contains("today-sessions-today", "today-hours", "today-vog-missing",
                        "today-budget-near", "today-reports-overdue", "today-agreements")
                .doesNotContain("today-decisions", "today-blocked", "today-goals-open");
        assertThat(find(Grid.class, "today-centres")).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_lands_on_the_centre_they_opened_last() {
        navigate("centres/" + slugOf(ONS_HUIS), CentreView.class);
        navigate(HomeView.class);
        assertThat(headings()).contains(ONS_HUIS).doesNotContain(NUDE);
        navigate("centres/" + slugOf(NUDE), CentreView.class);
        navigate(HomeView.class);
        assertThat(headings()).contains(NUDE).doesNotContain(ONS_HUIS);
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_coordinator_sees_only_their_own_centre() {
        navigate(HomeView.class);
        assertThat(headings()).contains(POMHORST).doesNotContain(NUDE, ONS_HUIS);
    }

    @Test
    @WithUserDetails("coach")
    @SuppressWarnings("unchecked")
    void a_coach_sees_their_own_coachees_and_no_centre_work() {
        navigate(HomeView.class);
        var grid = (Grid<CoacheeSummary>) find(Grid.class, "today-coachees").getFirst();
        assertThat(test(grid).size()).isPositive();
        List<String> names = grid.getGenericDataView().getItems().map(CoacheeSummary::name).toList();
        assertThat(names).contains("Cor Bakker").doesNotContain("Fatima El Amrani");
        assertThat(cardIds()).contains("today-coach-agreements", "today-goals-open")
                .doesNotContain("today-hours", "today-decisions", "today-blocked");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void a_manager_sees_decisions_and_every_centre_as_counts() {
        navigate(HomeView.class);
        assertThat(cardIds()).contains("today-decisions", "today-manager-reports-overdue")
                .doesNotContain("today-hours", "today-coach-agreements", "today-blocked");
        var grid = (Grid<CentreFigures>) find(Grid.class, "today-centres").getFirst();
        List<String> names = grid.getGenericDataView().getItems().map(CentreFigures::name).toList();
        assertThat(names).contains(NUDE, ONS_HUIS, POMHORST);
        assertThat(find(Grid.class, "today-coachees")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_limits_accounts_and_logins_only() {
        navigate(HomeView.class);
        assertThat(cardIds()).contains("today-limits-missing", "today-blocked", "today-failed-logins")
                .doesNotContain("today-hours", "today-decisions", "today-coach-agreements");
        assertThat(find(Grid.class, "today-centres")).isEmpty();
    }

    private List<String> headings() {
        return $(H2.class).all().stream().map(H2::getText).toList();
    }

    private List<String> cardIds() {
        return $(RouterLink.class).all().stream().map(link -> link.getId().orElse("")).toList();
    }

    @SuppressWarnings("rawtypes")
    private List<Grid> find(Class<Grid> type, String id) {
        return $(type).all().stream().filter(grid -> id.equals(grid.getId().orElse(null))).toList();
    }

    private static String slugOf(String name) {
        return Centre.slugFor(name);
    }
}
