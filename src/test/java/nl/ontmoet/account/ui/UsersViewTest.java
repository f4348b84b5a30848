package nl.ontmoet.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_user_and_a_taken_username_is_refused_at_the_field() {
        var view = navigate(UsersView.class);
        test(view.create).click();
        test(view.form.username).setValue("coordinator");
        test(view.form.displayName).setValue("Tweede Cor");
        test(view.form.password).setValue("lang-genoeg-1");
        test(view.form.save).click();
        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("De gebruikersnaam coordinator is al in gebruik.");

        test(view.form.username).setValue("nieuwe.coordinator");
        test(view.form.roles).selectItem("Coach");
        test(view.form.save).click();
        var saved = accounts.findByUsername("nieuwe.coordinator").orElseThrow();
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.COACH);
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void over_long_text_is_refused_and_nothing_is_stored() {
        var view = navigate(UsersView.class);
        long before = accounts.count();
        test(view.create).click();
        test(view.form.username).setValue("lang");
        test(view.form.displayName).setValue("x".repeat(101));
        test(view.form.password).setValue("lang-genoeg-1");
        test(view.form.save).click();
        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_removes_a_single_sign_on_link_made_to_the_wrong_person() {
        var coach = accounts.findWithRolesById(accounts.findByUsername("coach").orElseThrow().getId()).orElseThrow();
        coach.linkSingleSignOn("https://login.example.nl", "verkeerde-persoon");
        accounts.saveAndFlush(coach);
        var view = navigate(UsersView.class);
        assertThat(view.singleSignOn.isVisible()).isFalse();

        view.grid.asSingleSelect().setValue(coach);
        assertThat(view.singleSignOn.isVisible()).isTrue();
        assertThat(view.singleSignOn.getElement().getTextRecursively()).contains("https://login.example.nl");
        test($(com.vaadin.flow.component.button.Button.class, view.singleSignOn).withText("Koppeling verwijderen")
                .single()).click();
        var dialog = $(ConfirmDialog.class).last();
        assertThat(dialog.getElement().getProperty("message")).startsWith("Carla Jansen wordt uitgelogd.");
        test(dialog).confirm();

        var stored = accounts.findByUsername("coach").orElseThrow();
        assertThat(stored.getSsoIssuer()).isNull();
        assertThat(stored.getSsoSubject()).isNull();
        assertThat(view.singleSignOn.isVisible()).isFalse();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("De koppeling van Carla Jansen met single sign-on is verwijderd.");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_open_user_administration() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
