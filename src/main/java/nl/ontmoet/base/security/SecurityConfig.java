package nl.ontmoet.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.ontmoet.base.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessionRegistry,
                                            Optional<SingleSignOn> singleSignOn) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/webjars/**", "/public/**", "/images/**", "/actuator/health").permitAll());
        http.addFilterBefore(new LoginGuardFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse()));
        if (singleSignOn.isPresent()) {
            singleSignOn.get().configure(http);
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            singleSignOn.ifPresent(sso -> vaadin.logoutSuccessHandler(sso.logoutSuccessHandler()));
        }).build();
    }

    /**
     * Publishes every failed login, also the refusals and failures of single sign-on that Spring knows no event for,
     * so that the throttle counts them and the audit trail has them.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep ended sessions. */
    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock,
                                @Value("${ontmoet.login.account-attempts:5}") int accountAttempts,
                                @Value("${ontmoet.login.address-attempts:50}") int addressAttempts,
                                @Value("${ontmoet.login.first-lock:1m}") Duration firstLock,
                                @Value("${ontmoet.login.max-lock:15m}") Duration maxLock) {
        return new LoginThrottle(clock, accountAttempts, addressAttempts, firstLock, maxLock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
