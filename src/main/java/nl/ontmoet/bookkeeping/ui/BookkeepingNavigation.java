package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.NavItem;
import nl.ontmoet.base.ui.NavItem.NavGroup;
import nl.ontmoet.centre.ui.CentreNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BookkeepingNavigation {

    @Bean
    CentreNavItem centreLedgerNav() {
        return new CentreNavItem(20, "nav.centre.ledger", VaadinIcon.BOOK_DOLLAR, "ledger", LedgerView.class);
    }

    @Bean
    CentreNavItem centreBudgetNav() {
        return new CentreNavItem(30, "nav.centre.budget", VaadinIcon.PIGGY_BANK, "budget", BudgetView.class);
    }

    @Bean
    CentreNavItem centreAccountsNav() {
        return new CentreNavItem(25, "bookkeeping.accounts.nav", VaadinIcon.WALLET, "accounts", AccountsView.class);
    }

    @Bean
    NavItem categoriesNav() {
        return new NavItem(NavGroup.ADMIN, 20, "nav.categories", VaadinIcon.TAGS, "admin/categories",
                CategoriesView.class);
    }
}
