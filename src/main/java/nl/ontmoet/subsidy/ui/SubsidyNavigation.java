package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import nl.ontmoet.centre.ui.CentreNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SubsidyNavigation {

    @Bean
    NavItem subsidySchemesNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 40, "nav.subsidy.schemes", VaadinIcon.PIGGY_BANK,
                "subsidies/schemes", SchemesView.class);
    }

    @Bean
    NavItem subsidyReviewNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 41, "nav.subsidy.review", VaadinIcon.INBOX,
                "subsidies/review", ReviewView.class);
    }

    @Bean
    NavItem subsidyDeadlinesNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 42, "nav.subsidy.deadlines", VaadinIcon.CALENDAR_CLOCK,
                "subsidies/deadlines", DeadlinesView.class);
    }

    @Bean
    CentreNavItem centreSubsidiesNav() {
        return new CentreNavItem(40, "nav.centre.subsidies", VaadinIcon.PIGGY_BANK_COIN, "subsidies",
                CentreSubsidiesView.class);
    }
}
