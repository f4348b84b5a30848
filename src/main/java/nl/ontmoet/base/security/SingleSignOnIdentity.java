package nl.ontmoet.base.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who the identity provider says logged in: its issuer and subject (stable, never reused), the e-mail address it
 * gave and whether it vouches for that address, and, when a group mapping is configured, the Ontmoet roles of the
 * person's groups.
 *
 * @param email         the address as the provider gave it; null when it gave none
 * @param emailVerified true when the provider says the address is the person's (or the configuration trusts it)
 * @param roles         empty when roles are kept in Ontmoet; otherwise the roles the groups claim grants (maybe none)
 */
public record SingleSignOnIdentity(String issuer, String subject, String email, boolean emailVerified,
                                   Optional<Set<Role>> roles) {

    /** How the attempt is named in the audit trail: the e-mail address, or else the subject. */
    public String name() {
        return email != null ? email : subject;
    }
}
