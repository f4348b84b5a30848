package nl.ontmoet.account.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.security.SingleSignOnIdentity;
import nl.ontmoet.base.security.SingleSignOnRefused;
import nl.ontmoet.base.security.SingleSignOnRefused.Reason;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which account a single sign-on logs into. An account already linked to the person's issuer and subject is theirs,
 * whatever e-mail address the provider gives today. Otherwise the verified e-mail address must belong to exactly one
 * active account (case-insensitive) that is not linked to someone else at the same provider; blocked accounts with
 * the address do not count, unless they are all there is. Accounts are never created here.
 */
final class SingleSignOnLinking {

    private SingleSignOnLinking() {
    }

    /**
     * @param linked    the account linked to the identity's issuer and subject, if any
     * @param sameEmail the accounts whose e-mail address equals the identity's, ignoring case
     * @throws SingleSignOnRefused when no account may be used
     */
    static UserAccount choose(SingleSignOnIdentity identity, Optional<UserAccount> linked, List<UserAccount> sameEmail) {
        UserAccount account = linked.orElseGet(() -> byEmail(identity, sameEmail));
        if (!account.isEnabled()) {
            throw refused(Reason.BLOCKED, identity);
        }
        if (identity.roles().map(Set::isEmpty).orElse(false)) {
            throw refused(Reason.NO_ROLE, identity);
        }
        return account;
    }

    private static UserAccount byEmail(SingleSignOnIdentity identity, List<UserAccount> sameEmail) {
        if (identity.email() == null) {
            throw refused(Reason.NO_ACCOUNT, identity);
        }
        if (!identity.emailVerified()) {
            throw refused(Reason.EMAIL_NOT_VERIFIED, identity);
        }
        var matching = sameEmail.stream().filter(account -> identity.email().equalsIgnoreCase(account.getEmail())).toList();
        var active = matching.stream().filter(UserAccount::isEnabled).toList();
        if (matching.isEmpty()) {
            throw refused(Reason.NO_ACCOUNT, identity);
        }
        if (active.isEmpty()) {
            throw refused(Reason.BLOCKED, identity);
        }
        if (active.size() > 1) {
            throw refused(Reason.AMBIGUOUS, identity);
        }
        UserAccount account = active.getFirst();
        if (identity.issuer().equals(account.getSsoIssuer())) {
            throw refused(Reason.LINKED_ELSEWHERE, identity);
        }
        return account;
    }

    private static SingleSignOnRefused refused(Reason reason, SingleSignOnIdentity identity) {
        return new SingleSignOnRefused(reason, identity.name());
    }
}
