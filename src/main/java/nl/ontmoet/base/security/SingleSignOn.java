package nl.ontmoet.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Single sign-on, present as a bean only when configured: the login page links to {@link #LOGIN_PATH}, the
 * provider sends the person back to {@code /login/oauth2/code/sso}.
 */
public class SingleSignOn {

    static final String REGISTRATION_ID = "sso";
    /** Where the login button leads (relative to the application): the redirect to the provider. */
    public static final String LOGIN_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    private final String providerName;
    private final ClientRegistrationRepository clients;
    private final SingleSignOnUserService users;

    SingleSignOn(String providerName, ClientRegistrationRepository clients, SingleSignOnUserService users) {
        this.providerName = providerName;
        this.clients = clients;
        this.users = users;
    }

    public String providerName() {
        return providerName;
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(clients)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new SingleSignOnFailure()));
    }

    LogoutSuccessHandler logoutSuccessHandler() {
        return new SingleSignOnLogout(clients);
    }
}
