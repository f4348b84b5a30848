package nl.ontmoet.base.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the municipality's OpenID Connect provider (e.g. Microsoft Entra ID); on when an issuer is
 * set ({@code ONTMOET_SSO_*}, see application.properties and the README).
 *
 * @param issuer               the provider's issuer URL; its discovery document names every endpoint
 * @param providerName         shown on the login button: "Inloggen met …"
 * @param requireVerifiedEmail link a first login only when the provider says the e-mail address is verified
 * @param groupsClaim          the claim listing the person's groups (or app roles)
 * @param groupRoles           {@code group=ROLE,ROLE; group=ROLE}; when set, the groups decide the roles at login
 */
@ConfigurationProperties("ontmoet.sso")
public record SingleSignOnProperties(String issuer, String clientId, String clientSecret,
                                     @DefaultValue("uw gemeente-account") String providerName,
                                     @DefaultValue("true") boolean requireVerifiedEmail,
                                     @DefaultValue("groups") String groupsClaim, String groupRoles) {
}
