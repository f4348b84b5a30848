package nl.ontmoet.base.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Someone whose password an admin set may call no service but the ones marked {@link AllowedBeforePasswordChange}
 * until they chose their own. The UI sends them to the change-password screen; this is the same rule where the data
 * is, for every public method of every {@code @Service} of Ontmoet. It runs before method security and transactions,
 * and reads the flag from the principal, so it costs no query.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirstGuard {

    /** Before {@code @PreAuthorize} (Spring Security's method interceptors start at the highest precedence + 100). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor passwordChangeFirstAdvisor() {
        var advisor = new DefaultPointcutAdvisor(new GuardedServiceMethods(), refuseWhilePasswordChangeDue());
        advisor.setOrder(ORDER);
        return advisor;
    }

    static MethodInterceptor refuseWhilePasswordChangeDue() {
        return invocation -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OntmoetPrincipal principal
                    && principal.mustChangePassword()) {
                throw new PasswordChangeRequiredException();
            }
            return invocation.proceed();
        };
    }

    /** Public methods of Ontmoet's services, except those allowed before the password change. */
    static final class GuardedServiceMethods extends StaticMethodMatcherPointcut {

        GuardedServiceMethods() {
            setClassFilter(GuardedServiceMethods::isOntmoetService);
        }

        static boolean isOntmoetService(Class<?> type) {
            return type.getPackageName().startsWith("nl.ontmoet.")
                    && AnnotatedElementUtils.hasAnnotation(type, Service.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, AllowedBeforePasswordChange.class);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            return Modifier.isPublic(specific.getModifiers()) && specific.getDeclaringClass() != Object.class
                    && !AnnotatedElementUtils.hasAnnotation(specific, AllowedBeforePasswordChange.class);
        }
    }
}
