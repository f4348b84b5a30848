package nl.ontmoet.base.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the provider logged in into an Ontmoet principal: Spring's standard OIDC user service checks the
 * tokens and reads the user info, {@link SingleSignOnAccounts} finds (or first links) the account.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final GroupRoles groupRoles;
    private final boolean requireVerifiedEmail;
    private final String groupsClaim;

    SingleSignOnUserService(SingleSignOnAccounts accounts, GroupRoles groupRoles, boolean requireVerifiedEmail,
                            String groupsClaim) {
        this.accounts = accounts;
        this.groupRoles = groupRoles;
        this.requireVerifiedEmail = requireVerifiedEmail;
        this.groupsClaim = groupsClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        return new SingleSignOnPrincipal(accounts.signIn(identity(user)), user.getIdToken(), user.getUserInfo());
    }

    SingleSignOnIdentity identity(OidcUser user) {
        String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
        boolean verified = !requireVerifiedEmail || Boolean.TRUE.equals(user.getEmailVerified());
        var groups = groupRoles.configured() ? user.getClaimAsStringList(groupsClaim) : null;
        return new SingleSignOnIdentity(user.getIssuer().toString(), user.getSubject(), email, verified,
                groupRoles.rolesFor(groups));
    }
}
