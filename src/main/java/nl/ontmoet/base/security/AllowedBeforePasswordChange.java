package nl.ontmoet.base.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method (or every method of a service) that someone whose password an admin set may call before they
 * chose their own: changing it, and reading what that needs. Every other service call is refused until then.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedBeforePasswordChange {
}
