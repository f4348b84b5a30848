package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CoachingNavigation {

    @Bean
    NavItem coachingNav() {
        return new NavItem(NavGroup.GENERAL, 20, "nav.coaching", VaadinIcon.COMMENTS_O, "coaching", CoachingView.class);
    }

    @Bean
    NavItem coachingInsightNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 20, "nav.coaching.insight", VaadinIcon.BAR_CHART,
                "coaching/insight", CoachingInsightView.class);
    }
}
