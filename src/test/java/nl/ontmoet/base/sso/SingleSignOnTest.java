package nl.ontmoet.base.sso;

import nl.ontmoet.IntegrationTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with single sign-on switched on against {@link MockIdentityProvider}: a second shared
 * context (and database) beside the one of {@link IntegrationTest}, which runs with single sign-on off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = MockIdentityProvider.class)
public @interface SingleSignOnTest {
}
