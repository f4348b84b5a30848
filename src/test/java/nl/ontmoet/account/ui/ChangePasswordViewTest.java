package nl.ontmoet.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.dashboard.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("manager")
    void the_user_menu_leads_to_the_view_where_refusals_show_at_their_field_and_a_good_change_is_stored() {
        navigate(HomeView.class);
        var menuItem = $(MenuBar.class).single().getItems().getFirst().getSubMenu().getItems().stream()
                .filter(item -> item.getText().equals("Wachtwoord wijzigen")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(menuItem, new ClickEvent<MenuItem>(menuItem));
        var view = (ChangePasswordView) getCurrentView();
        assertThat(view.forced.isVisible()).isFalse();

        fill(view, "niet-demo", "een goed lang zinnetje", "een goed lang zinnetje");
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");

        fill(view, "demo", "welkom01", "welkom01");
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(passwordEncoder.matches("demo", hashOf("manager"))).isTrue();

        fill(view, "demo", "een goed lang zinnetje", "een goed lang zinnetje");
        assertThat(passwordEncoder.matches("een goed lang zinnetje", hashOf("manager"))).isTrue();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void after_an_admin_reset_nothing_else_opens_until_the_password_is_changed() {
        var coordinator = accounts.findByUsername("coordinator").orElseThrow();
        coordinator.setMustChangePassword(true);
        accounts.saveAndFlush(coordinator);
        logInAgain("coordinator"); // an admin's reset ends the sessions; the flag is read at the next login

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("centres");
        var view = (ChangePasswordView) getCurrentView();
        assertThat(view.forced.isVisible()).isTrue();
        assertThat(view.forced.getText()).startsWith("Een beheerder heeft uw wachtwoord ingesteld.");

        fill(view, "demo", "mijn eigen lange zin", "mijn eigen lange zin");

        assertThat(accounts.findByUsername("coordinator").orElseThrow().isMustChangePassword()).isFalse();
        UI.getCurrent().navigate("centres");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    private void logInAgain(String username) {
        var principal = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private void fill(ChangePasswordView view, String current, String password, String repeated) {
        test(view.currentPassword).setValue(current);
        test(view.newPassword).setValue(password);
        test(view.repeatedPassword).setValue(repeated);
        test(view.save).click();
    }

    private String hashOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getPasswordHash();
    }
}
