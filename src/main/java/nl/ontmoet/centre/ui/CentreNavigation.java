package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CentreNavigation {

    @Bean
    CentreNavItem centreOverviewNav() {
        return new CentreNavItem(0, "nav.centre.overview", VaadinIcon.HOME_O, "", CentreView.class);
    }

    @Bean
    CentreNavItem centreRoomsNav() {
        return new CentreNavItem(10, "nav.centre.rooms", VaadinIcon.OFFICE, "rooms", RoomsView.class);
    }

    @Bean
    CentreNavItem centreLegalEntityNav() {
        return new CentreNavItem(15, "nav.centre.legalEntity", VaadinIcon.INSTITUTION, "beheerder",
                LegalEntityView.class);
    }

    @Bean
    NavItem centresNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 0, "nav.centres", VaadinIcon.BUILDING_O, "centres",
                CentresView.class);
    }
}
