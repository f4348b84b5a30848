package nl.ontmoet.account.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InitialAdminAccountTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void an_empty_database_gets_an_admin_with_the_configured_password() {
        when(accounts.count()).thenReturn(0L);
        new InitialAdminAccount(accounts, encoder, "sterk-wachtwoord").run(null);
        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(encoder.matches("sterk-wachtwoord", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void existing_accounts_are_never_touched() {
        when(accounts.count()).thenReturn(3L);
        new InitialAdminAccount(accounts, encoder, "sterk-wachtwoord").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void without_a_password_nothing_is_created_and_a_short_one_is_refused() {
        when(accounts.count()).thenReturn(0L);
        new InitialAdminAccount(accounts, encoder, "").run(null);
        verify(accounts, never()).save(any());
        assertThatThrownBy(() -> new InitialAdminAccount(accounts, encoder, "kort").run(null))
                .isInstanceOf(IllegalStateException.class);
    }
}
