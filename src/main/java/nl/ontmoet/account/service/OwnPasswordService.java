package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.AllowedBeforePasswordChange;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.OntmoetPrincipal;
import nl.ontmoet.base.security.Sessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every logged-in user changes their own password here, and must do so first when an admin has set it. */
@Service
@AllowedBeforePasswordChange
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OwnPasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Sessions sessions;

    /**
     * @return whether the logged-in user still has a password an admin chose (as read at login: an admin's reset
     * ends the account's sessions); false when nobody is logged in, and after a single sign-on, which did not
     * use the password
     */
    public boolean mustChange() {
        return currentUser.find().map(OntmoetPrincipal::mustChangePassword).orElse(false);
    }

    /**
     * Replaces the caller's password after checking the current one. The caller's other sessions end once this is
     * committed; the session asking stays logged in.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(String currentPassword, String newPassword, String repeated) {
        long id = currentUser.id();
        var account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessRuleException.onField("currentPassword", "account.error.currentPasswordWrong");
        }
        var password = newPassword == null ? "" : newPassword;
        passwordPolicy.check("newPassword", password, account.getUsername(), account.getDisplayName());
        if (!password.equals(repeated)) {
            throw BusinessRuleException.onField("repeatedPassword", "account.error.passwordsDiffer");
        }
        if (password.equals(currentPassword)) {
            throw BusinessRuleException.onField("newPassword", "account.error.passwordUnchanged");
        }
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(false);
        accounts.save(account);
        sessions.endOthersOf(account.getUsername());
        currentUser.require().passwordChosen();
    }
}
