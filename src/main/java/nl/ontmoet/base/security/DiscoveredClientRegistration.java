package nl.ontmoet.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one client registration, read from the provider's discovery document at the first login rather than at
 * start-up, so that Ontmoet starts (and password logins work) while the provider cannot be reached.
 */
class DiscoveredClientRegistration implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredClientRegistration.class);

    private final SingleSignOnProperties properties;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistration(SingleSignOnProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                found = registration;
            }
        }
        return found;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuer())
                    .registrationId(SingleSignOn.REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientName(properties.providerName())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        } catch (RuntimeException unreachable) {
            LOG.warn("Single sign-on: the discovery document of {} could not be read: {}", properties.issuer(),
                    unreachable.getMessage());
            throw unreachable;
        }
    }
}
