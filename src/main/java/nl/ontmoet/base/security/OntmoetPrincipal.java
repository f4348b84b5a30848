package nl.ontmoet.base.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The logged-in person: Spring Security's user plus the database id and the name to show. */
public class OntmoetPrincipal extends User {

    private final long userId;
    private final String displayName;
    private final Set<Role> roles;

    public OntmoetPrincipal(long userId, String username, String passwordHash, boolean enabled,
                            String displayName, Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.userId = userId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
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

    /** Whether the municipality's identity provider vouched for this person, rather than an Ontmoet password. */
    public boolean viaSingleSignOn() {
        return false;
    }
}
