package nl.ontmoet.base.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String COACH = "COACH";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
