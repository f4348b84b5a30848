package nl.ontmoet.base.security;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Fills created_by / modified_by with the username of whoever is logged in ("system" otherwise). */
@Component("auditorAware")
@RequiredArgsConstructor
class SecurityAuditorAware implements AuditorAware<String> {

    private final CurrentUser currentUser;

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(currentUser.username());
    }

    @Configuration
    @EnableJpaAuditing(auditorAwareRef = "auditorAware")
    static class JpaAuditingConfig {
    }
}
