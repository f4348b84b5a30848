package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * After people change their own password, their sessions elsewhere end (after commit) but the one they changed it
 * in stays open. An admin's change ends them all, through {@code base.security.Sessions}.
 */
@Component
@RequiredArgsConstructor
class OtherSessions {

    private final SessionRegistry registry;

    void endOthersOf(String username) {
        var keep = currentSessionId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                registry.getAllPrincipals().stream()
                        .filter(principal -> principal instanceof UserDetails user
                                && user.getUsername().equalsIgnoreCase(username))
                        .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                        .filter(session -> !session.getSessionId().equals(keep))
                        .forEach(SessionInformation::expireNow);
            }
        });
    }

    private static String currentSessionId() {
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
