package nl.ontmoet.base.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

/** The name a failed login is counted and audited under. */
public final class LoginNames {

    private LoginNames() {
    }

    /** The name typed in the login form, or for a refused single sign-on the e-mail address or subject it gave. */
    public static String attempted(AbstractAuthenticationFailureEvent failure) {
        return failure.getException() instanceof SingleSignOnRefused refused
                ? refused.identity() : failure.getAuthentication().getName();
    }
}
