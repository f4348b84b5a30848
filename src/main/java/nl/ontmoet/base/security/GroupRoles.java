package nl.ontmoet.base.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Ontmoet roles the identity provider's groups grant, written as {@code group=ROLE,ROLE; group=ROLE} (a group's
 * name or id as the groups claim carries it). Without a mapping, roles are kept in Ontmoet alone.
 */
public final class GroupRoles {

    private final Map<String, Set<Role>> rolesByGroup;

    private GroupRoles(Map<String, Set<Role>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    /** @throws IllegalArgumentException for an entry without a group or with an unknown role, naming it */
    public static GroupRoles parse(String mapping) {
        var rolesByGroup = new LinkedHashMap<String, Set<Role>>();
        if (mapping == null || mapping.isBlank()) {
            return new GroupRoles(rolesByGroup);
        }
        for (String entry : mapping.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int is = entry.indexOf('=');
            String group = is < 0 ? "" : entry.substring(0, is).trim();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("ontmoet.sso.group-roles: '" + entry.trim() + "' is not group=ROLE,ROLE");
            }
            var roles = rolesByGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class));
            for (String role : entry.substring(is + 1).split(",")) {
                roles.add(role(role.trim(), entry));
            }
        }
        return new GroupRoles(rolesByGroup);
    }

    private static Role role(String name, String entry) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("ontmoet.sso.group-roles: unknown role '" + name + "' in '"
                    + entry.trim() + "'; roles are " + EnumSet.allOf(Role.class));
        }
    }

    public boolean configured() {
        return !rolesByGroup.isEmpty();
    }

    /** @return empty without a mapping; otherwise the roles of every listed group the person is in (maybe none) */
    public Optional<Set<Role>> rolesFor(Collection<String> groups) {
        if (!configured()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups != null) {
            groups.stream().map(rolesByGroup::get).filter(java.util.Objects::nonNull).forEach(roles::addAll);
        }
        return Optional.of(roles);
    }
}
