package nl.ontmoet.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** A refused or failed single sign-on goes back to the login page, which says why ({@code /login?sso=<reason>}). */
class SingleSignOnFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnFailure.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        SingleSignOnRefused.Reason reason;
        if (exception instanceof SingleSignOnRefused refused) {
            reason = refused.reason();
        } else {
            reason = SingleSignOnRefused.Reason.FAILED;
            LOG.warn("Single sign-on failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason.code());
    }
}
