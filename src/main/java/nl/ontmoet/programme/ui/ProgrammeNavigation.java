package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import nl.ontmoet.centre.ui.CentreNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ProgrammeNavigation {

    @Bean
    CentreNavItem programmeNav() {
        return new CentreNavItem(12, "nav.centre.programme", VaadinIcon.CALENDAR_USER, "programme", ProgrammeView.class);
    }

    @Bean
    CentreNavItem calendarNav() {
        return new CentreNavItem(13, "nav.centre.calendar", VaadinIcon.CALENDAR, "calendar", CalendarView.class);
    }

    @Bean
    CentreNavItem closingDaysNav() {
        return new CentreNavItem(14, "nav.centre.closingDays", VaadinIcon.BAN, "closing-days", ClosingDaysView.class);
    }

    @Bean
    NavItem municipalityCalendarNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 10, "nav.programme.calendar", VaadinIcon.CALENDAR_O,
                "programme/calendar", MunicipalityCalendarView.class);
    }

    @Bean
    NavItem clashesNav() {
        return new NavItem(NavGroup.MUNICIPALITY, 11, "nav.programme.clashes", VaadinIcon.WARNING,
                "programme/clashes", ClashesView.class);
    }
}
