package nl.ontmoet.base.security;

import org.springframework.security.access.AccessDeniedException;

/** A service call by someone who must first replace the password an admin set. */
public class PasswordChangeRequiredException extends AccessDeniedException {

    public PasswordChangeRequiredException() {
        super("The password an admin set must be changed first");
    }
}
