package nl.ontmoet.audit.domain;

public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, LOGIN, LOGIN_FAIL, LOCKED, LOGOUT
}
