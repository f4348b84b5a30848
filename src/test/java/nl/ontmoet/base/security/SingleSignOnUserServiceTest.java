package nl.ontmoet.base.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the provider's claims make of the identity handed to the account feature. */
class SingleSignOnUserServiceTest {

    private static final SingleSignOnAccounts NO_ACCOUNTS = identity -> {
        throw new AssertionError("not called");
    };

    @Test
    void the_address_counts_as_verified_only_when_the_provider_says_so_unless_configured_otherwise() {
        var strict = new SingleSignOnUserService(NO_ACCOUNTS, GroupRoles.parse(""), true, "groups");
        var trusting = new SingleSignOnUserService(NO_ACCOUNTS, GroupRoles.parse(""), false, "groups");

        assertThat(strict.identity(user(Map.of("email", " anna@gemeente.nl ", "email_verified", true))))
                .isEqualTo(new SingleSignOnIdentity("https://idp.example/t", "sub-1", "anna@gemeente.nl", true,
                        java.util.Optional.empty()));
        assertThat(strict.identity(user(Map.of("email", "anna@gemeente.nl"))).emailVerified()).isFalse();
        assertThat(strict.identity(user(Map.of("email", "anna@gemeente.nl", "email_verified", false))).emailVerified())
                .isFalse();
        assertThat(trusting.identity(user(Map.of("email", "anna@gemeente.nl"))).emailVerified()).isTrue();
        assertThat(strict.identity(user(Map.of())).email()).isNull();
    }

    @Test
    void the_configured_groups_claim_decides_the_roles_when_a_mapping_is_set() {
        var mapped = new SingleSignOnUserService(NO_ACCOUNTS, GroupRoles.parse("g-coord=COORDINATOR;g-beleid=MANAGER"),
                true, "roles");

        assertThat(mapped.identity(user(Map.of("roles", List.of("g-coord", "g-other")))).roles())
                .contains(EnumSet.of(Role.COORDINATOR));
        assertThat(mapped.identity(user(Map.of("groups", List.of("g-beleid")))).roles())
                .as("another claim than the configured one counts for nothing").contains(EnumSet.noneOf(Role.class));
    }

    private static DefaultOidcUser user(Map<String, Object> claims) {
        var all = new HashMap<String, Object>(claims);
        all.put("iss", "https://idp.example/t");
        all.put("sub", "sub-1");
        var token = new OidcIdToken("token", Instant.parse("2026-11-16T09:00:00Z"),
                Instant.parse("2026-11-16T10:00:00Z"), all);
        return new DefaultOidcUser(List.of(), token);
    }
}
