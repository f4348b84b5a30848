package nl.ontmoet.base.security;

import org.springframework.security.core.AuthenticationException;

/** A login through the identity provider that Ontmoet refuses; the login page explains the reason. */
public class SingleSignOnRefused extends AuthenticationException {

    /** Why; the code is the login page's {@code ?sso=} parameter and part of its message key. */
    public enum Reason {
        NO_ACCOUNT("no-account"),
        BLOCKED("blocked"),
        EMAIL_NOT_VERIFIED("email-not-verified"),
        AMBIGUOUS("ambiguous"),
        LINKED_ELSEWHERE("linked-elsewhere"),
        NO_ROLE("no-role"),
        FAILED("failed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String identity;

    public SingleSignOnRefused(Reason reason, String identity) {
        super("Single sign-on refused: " + reason.code());
        this.reason = reason;
        this.identity = identity;
    }

    public Reason reason() {
        return reason;
    }

    /** The e-mail address or subject of the attempt, for the audit trail. */
    public String identity() {
        return identity;
    }
}
