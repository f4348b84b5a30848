package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.OntmoetPrincipal;
import nl.ontmoet.base.security.Sessions;
import nl.ontmoet.base.security.SingleSignOnAccounts;
import nl.ontmoet.base.security.SingleSignOnIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Logs a person the identity provider vouched for into their Ontmoet account ({@link SingleSignOnLinking} decides
 * which), remembers the link at the first login and, when a group mapping is configured, sets the account's roles
 * to what the groups grant; a role change ends the account's other sessions, as an admin's change would.
 */
@Service
@RequiredArgsConstructor
class SingleSignOnAccountService implements SingleSignOnAccounts {

    private final UserAccountRepository accounts;
    private final Sessions sessions;

    @Override
    @Transactional
    public OntmoetPrincipal signIn(SingleSignOnIdentity identity) {
        var linked = accounts.findBySsoIssuerAndSsoSubject(identity.issuer(), identity.subject());
        List<UserAccount> sameEmail = linked.isPresent() || identity.email() == null
                ? List.of() : accounts.findByEmailIgnoringCase(identity.email());
        UserAccount account = SingleSignOnLinking.choose(identity, linked, sameEmail);
        if (!account.isLinkedTo(identity.issuer(), identity.subject())) {
            account.linkSingleSignOn(identity.issuer(), identity.subject());
        }
        identity.roles().filter(roles -> !roles.equals(account.getRoles())).ifPresent(roles -> {
            account.setRoles(roles);
            sessions.endAllOf(account.getUsername());
        });
        accounts.save(account);
        return new OntmoetPrincipal(account.getId(), account.getUsername(), "", true, account.getDisplayName(),
                account.getRoles(), false);
    }
}
