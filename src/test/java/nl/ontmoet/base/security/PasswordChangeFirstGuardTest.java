package nl.ontmoet.base.security;

import nl.ontmoet.account.service.OwnPasswordService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.base.ui.ViewAccess;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.reflect.Method;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PasswordChangeFirstGuardTest {

    private final PasswordChangeFirstGuard.GuardedServiceMethods pointcut = new PasswordChangeFirstGuard.GuardedServiceMethods();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_public_method_of_a_service_is_guarded_but_the_password_change_and_non_services() throws Exception {
        Method page = LedgerService.class.getMethod("page", long.class,
                nl.ontmoet.bookkeeping.service.LedgerFilter.class, org.springframework.data.domain.Pageable.class);
        assertThat(pointcut.getClassFilter().matches(LedgerService.class)).isTrue();
        assertThat(pointcut.matches(page, LedgerService.class)).isTrue();
        assertThat(pointcut.getClassFilter().matches(OwnPasswordService.class)).isFalse();
        assertThat(pointcut.getClassFilter().matches(ViewAccess.class)).as("a @Component, not a service").isFalse();
    }

    @Test
    void a_principal_that_must_change_its_password_is_refused_and_lets_through_once_it_chose_one() throws Throwable {
        var principal = new OntmoetPrincipal(7, "nieuw", "{noop}x", true, "Nieuw", EnumSet.of(Role.MANAGER), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        var call = mock(MethodInvocation.class);
        when(call.proceed()).thenReturn("answer");
        var guard = PasswordChangeFirstGuard.refuseWhilePasswordChangeDue();

        assertThatThrownBy(() -> guard.invoke(call)).isInstanceOf(PasswordChangeRequiredException.class);
        principal.passwordChosen();
        assertThat(guard.invoke(call)).isEqualTo("answer");
    }
}
