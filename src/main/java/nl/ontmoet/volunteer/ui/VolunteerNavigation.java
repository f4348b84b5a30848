package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import nl.ontmoet.centre.ui.CentreNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class VolunteerNavigation {

    @Bean
    CentreNavItem centreVolunteersNav() {
        return new CentreNavItem(50, "nav.centre.volunteers", VaadinIcon.HANDS_UP, "volunteers", VolunteersView.class);
    }

    @Bean
    NavItem volunteersOverviewNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 50, "nav.volunteers.overview", VaadinIcon.HANDS_UP,
                "volunteers/overview", VolunteersOverviewView.class);
    }

    @Bean
    NavItem allowanceLimitsNav() {
        return new NavItem(NavGroup.ADMIN, 30, "nav.allowanceLimits", VaadinIcon.SCALE, "admin/allowance-limits",
                AllowanceLimitsView.class);
    }
}
