package nl.ontmoet.base.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The principal of a single sign-on login: the same {@link OntmoetPrincipal} (account, roles) as a password login,
 * which also carries the provider's ID token, so that logging out can end the session at the provider as well.
 */
public class SingleSignOnPrincipal extends OntmoetPrincipal implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    public SingleSignOnPrincipal(OntmoetPrincipal account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.getUserId(), account.getUsername(), "", account.isEnabled(), account.getDisplayName(),
                account.getRoles(), false);
        this.idToken = idToken;
        this.userInfo = userInfo;
        var merged = new LinkedHashMap<String, Object>(idToken.getClaims());
        if (userInfo != null) {
            merged.putAll(userInfo.getClaims());
        }
        this.claims = Collections.unmodifiableMap(merged);
    }

    @Override
    public boolean viaSingleSignOn() {
        return true;
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
