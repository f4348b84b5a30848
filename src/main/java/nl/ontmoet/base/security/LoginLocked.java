package nl.ontmoet.base.security;

/** Too many failed logins: further attempts for this name or from this address wait. */
public record LoginLocked(String username, String address) {
}
