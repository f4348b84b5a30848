package nl.ontmoet.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditNavigation {

    @Bean
    NavItem auditNav() {
        return new NavItem(NavGroup.ADMIN, 90, "nav.audit", VaadinIcon.CLIPBOARD_TEXT, "admin/audit",
                AuditLogView.class);
    }
}
