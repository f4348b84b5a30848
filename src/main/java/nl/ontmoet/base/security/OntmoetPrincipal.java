package nl.ontmoet.base.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The logged-in person: Spring Security's user plus the database id, the name to show, and whether a password an
 * admin set must still be replaced. That flag is read from the account at login (an admin's reset ends the
 * account's sessions) and cleared here when its owner chooses a new one, so no call needs to ask the database.
 */
public class OntmoetPrincipal extends User {

    private final long userId;
    private final String displayName;
    private final Set<Role> roles;
    private volatile boolean mustChangePassword;

    public OntmoetPrincipal(long userId, String username, String passwordHash, boolean enabled,
                            String displayName, Set<Role> roles, boolean mustChangePassword) {
        super(username, passwordHash, enabled, true, true, true,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.userId = userId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The owner chose their own password: this session may do everything its roles allow again. */
    public void passwordChosen() {
        mustChangePassword = false;
    }

    /** Whether the municipality's identity provider vouched for this person, rather than an Ontmoet password. */
    public boolean viaSingleSignOn() {
        return false;
    }
}
