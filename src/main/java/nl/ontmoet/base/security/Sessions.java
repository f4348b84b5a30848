package nl.ontmoet.base.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open sessions of each account. Roles are read at login, so when an account is blocked, its roles change or
 * its password is reset, its sessions end (once the change is committed) and the next request meets the login page.
 */
@Component
@RequiredArgsConstructor
public class Sessions {

    private final SessionRegistry registry;

    public void endAllOf(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire(username);
                }
            });
        } else {
            expire(username);
        }
    }

    private void expire(String username) {
        registry.getAllPrincipals().stream().filter(principal -> isOf(principal, username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    private static boolean isOf(Object principal, String username) {
        return principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username);
    }
}
