package nl.ontmoet.base.security;

/** What a person may do in Ontmoet. A person may hold several roles. */
public enum Role {
    COORDINATOR, COACH, MANAGER, ADMIN;

    /** The authority name Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
