package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DashboardNavigation {

    @Bean
    NavItem todayNav() {
        return new NavItem(NavGroup.GENERAL, 0, "nav.today", VaadinIcon.HOME_O, "", HomeView.class);
    }
}
