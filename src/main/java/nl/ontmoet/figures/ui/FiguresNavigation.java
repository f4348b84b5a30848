package nl.ontmoet.figures.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FiguresNavigation {

    @Bean
    NavItem annualFiguresNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 60, "nav.figures", VaadinIcon.CHART, "figures",
                AnnualFiguresView.class);
    }
}
