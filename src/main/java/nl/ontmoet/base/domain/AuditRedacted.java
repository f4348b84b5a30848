package nl.ontmoet.base.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The audit trail records that this field (or every field of this type) changed, but never its value:
 * for password hashes and for confidential content such as coaching notes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface AuditRedacted {
}
