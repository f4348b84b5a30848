package nl.ontmoet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.ontmoet.dashboard.ui.HomeView;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.ui.CentreView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The side menu shows each role what it may open, and nothing else. */
@SpringBootTest
class MenuPerRoleTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_centres_users_and_the_audit_log() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Vandaag", "Centra", "Vrijwilligers per centrum", "Jaarcijfers", "Gebruikers", "Kostensoorten",
                "Vrijwilligersvergoeding", "Auditlog");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_centres_and_the_aggregate_coaching_insight() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Vandaag", "Centra", "Programmakalender gemeente",
                "Overlappende participatieavonden", "Coachinginzicht", "Subsidieregelingen", "Aanvragen beoordelen",
                "Termijnen subsidies", "Vrijwilligers per centrum", "Jaarcijfers");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_their_centre_menu_on_a_centre_page() {
        navigate(HomeView.class);
        assertThat(menu()).contains("Vandaag");
        navigate("centres/" + Centre.slugFor("Huis van de Wijk De Nude"), CentreView.class);
        assertThat(menu()).containsExactly("Overzicht", "Ruimtes", "Programma", "Kalender", "Sluitingsdagen", "Beheerder", "Boekingen", "Rekeningen", "Begroting",
                "Subsidies", "Vrijwilligers", "Vandaag", "Coaching", "Centra");
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_sees_the_menu_of_a_coachees_centre_but_no_administration() {
        navigate(HomeView.class);
        assertThat(menu()).contains("Overzicht", "Ruimtes", "Boekingen", "Begroting", "Coaching", "Centra")
                .doesNotContain("Gebruikers", "Auditlog", "Kostensoorten", "Coachinginzicht", "Vrijwilligers",
                        "Vrijwilligers per centrum");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
