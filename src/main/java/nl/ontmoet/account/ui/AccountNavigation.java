package nl.ontmoet.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AccountNavigation {

    @Bean
    NavItem usersNav() {
        return new NavItem(NavGroup.ADMIN, 10, "nav.users", VaadinIcon.USERS, "admin/users", UsersView.class);
    }
}
