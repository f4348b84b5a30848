package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.AllowedBeforePasswordChange;
import nl.ontmoet.base.security.OntmoetPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs people in against the user_account table; a disabled account is refused by Spring Security. A login is
 * allowed in a session whose account must still change its password (logging in as someone else).
 */
@Service
@AllowedBeforePasswordChange
@RequiredArgsConstructor
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var normalised = username == null ? "" : username.trim().toLowerCase();
        return accounts.findByUsername(normalised)
                .map(account -> new OntmoetPrincipal(account.getId(), account.getUsername(),
                        account.getPasswordHash(), account.isEnabled(), account.getDisplayName(),
                        account.getRoles(), account.isMustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
