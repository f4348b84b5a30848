package nl.ontmoet.base.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.io.IOException;

/**
 * After the local session ended: someone who logged in through the provider is sent to its end-session endpoint
 * (RP-initiated logout, when the provider has one), which returns them to the login page; everyone else goes to
 * the start page as before. Vaadin's own requests are redirected through its client.
 */
class SingleSignOnLogout extends OidcClientInitiatedLogoutSuccessHandler {

    SingleSignOnLogout(ClientRegistrationRepository clients) {
        super(clients);
        setRedirectStrategy(new UidlRedirectStrategy());
        setPostLogoutRedirectUri("{baseUrl}/login");
        setDefaultTargetUrl("/");
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (response == null) {
            getRedirectStrategy().sendRedirect(request, null, determineTargetUrl(request, null, authentication));
        } else {
            super.handle(request, response, authentication);
        }
    }
}
