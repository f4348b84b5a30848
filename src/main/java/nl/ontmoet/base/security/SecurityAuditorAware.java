package nl.ontmoet.base.security;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Fills created_by / modified_by with the username of whoever is logged in ("system" otherwise), and created_at /
 * modified_at from the application's clock, so that records carry the same time as the decisions made on them.
 */
@Component("auditorAware")
@RequiredArgsConstructor
class SecurityAuditorAware implements AuditorAware<String> {

    private final CurrentUser currentUser;

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(currentUser.username());
    }

    @Configuration
    @EnableJpaAuditing(auditorAwareRef = "auditorAware", dateTimeProviderRef = "auditingClock")
    static class JpaAuditingConfig {

        @Bean
        DateTimeProvider auditingClock(Clock clock) {
            return () -> Optional.of(clock.instant());
        }
    }
}
