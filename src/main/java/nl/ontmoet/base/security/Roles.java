package nl.ontmoet.base.security;

/** Role names and the role checks built from them, as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String COACH = "COACH";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final String HAS_COORDINATOR = "hasRole('" + COORDINATOR + "')";
    public static final String HAS_COACH = "hasRole('" + COACH + "')";
    public static final String HAS_MANAGER = "hasRole('" + MANAGER + "')";
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String HAS_ADMIN_OR_MANAGER = "hasAnyRole('" + ADMIN + "', '" + MANAGER + "')";
    public static final String HAS_ADMIN_MANAGER_OR_COORDINATOR =
            "hasAnyRole('" + ADMIN + "', '" + MANAGER + "', '" + COORDINATOR + "')";
    public static final String HAS_COACH_OR_COORDINATOR = "hasAnyRole('" + COACH + "', '" + COORDINATOR + "')";
    public static final String IS_AUTHENTICATED = "isAuthenticated()";

    private Roles() {
    }
}
