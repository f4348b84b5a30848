package nl.ontmoet.base.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Switches single sign-on on when {@code ontmoet.sso.issuer} is set; without it there is no button and no endpoint. */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfig.IssuerSet.class)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfig {

    @Bean
    SingleSignOn singleSignOn(SingleSignOnProperties properties, SingleSignOnAccounts accounts) {
        if (!StringUtils.hasText(properties.clientId())) {
            throw new IllegalStateException("Single sign-on needs a client id (ONTMOET_SSO_CLIENT_ID) next to the issuer");
        }
        var users = new SingleSignOnUserService(accounts, GroupRoles.parse(properties.groupRoles()),
                properties.requireVerifiedEmail(), properties.groupsClaim());
        return new SingleSignOn(properties.providerName(), new DiscoveredClientRegistration(properties), users);
    }

    static class IssuerSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("ontmoet.sso.issuer"));
        }
    }
}
