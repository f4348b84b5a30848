package nl.ontmoet.account;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.OwnPasswordService;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.security.PasswordChangeRequiredException;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A password an admin set must be replaced before any service answers, not only before any screen opens. */
@IntegrationTest
class PasswordChangeFirstIT {

    private static final String ADMIN_SET = "door-beheer-gezet";
    private static final String OWN = "mijn eigen zinnetje";

    @Autowired OwnPasswordService ownPassword;
    @Autowired UserAccountService accountService;
    @Autowired LedgerService ledger;
    @Autowired CentreService centreService;
    @Autowired ErrorMessages errorMessages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    @Test
    void services_refuse_in_dutch_until_the_admin_set_password_is_replaced_and_answer_after_it() {
        create("wacht.op.wachtwoord");
        long nude = jdbc.queryForObject("select id from centre where slug = 'huis-van-de-wijk-de-nude'", Long.class);

        users.as("wacht.op.wachtwoord", () -> {
            assertThat(ownPassword.mustChange()).isTrue();
            assertThatThrownBy(() -> ledger.page(nude, LedgerFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(PasswordChangeRequiredException.class)
                    .satisfies(refusal -> assertThat(errorMessages.toMessage(refusal, BundleI18NProvider.DUTCH).text())
                            .isEqualTo("Kies eerst een eigen wachtwoord (gebruikersmenu, Wachtwoord wijzigen); "
                                    + "tot dan kunt u niets anders doen."));
            assertThatThrownBy(centreService::myCentres).isInstanceOf(PasswordChangeRequiredException.class);

            ownPassword.change(ADMIN_SET, OWN, OWN);

            assertThat(ownPassword.mustChange()).isFalse();
            assertThat(ledger.page(nude, LedgerFilter.none(), PageRequest.of(0, 10)).getTotalElements()).isPositive();
            assertThatCode(centreService::myCentres).doesNotThrowAnyException();
        });
        assertThat(users.as("wacht.op.wachtwoord", () -> ledger.totals(nude, LedgerFilter.none()))).isNotNull();
    }

    @Test
    void a_wrong_attempt_to_change_keeps_the_services_closed() {
        create("nog.steeds.dicht");
        long nude = jdbc.queryForObject("select id from centre where slug = 'huis-van-de-wijk-de-nude'", Long.class);

        users.as("nog.steeds.dicht", () -> {
            assertThatThrownBy(() -> ownPassword.change("niet-het-goede", OWN, OWN))
                    .isNotInstanceOf(PasswordChangeRequiredException.class);
            assertThatThrownBy(() -> ledger.totals(nude, LedgerFilter.none()))
                    .isInstanceOf(PasswordChangeRequiredException.class);
        });
    }

    private void create(String username) {
        users.as("admin", () -> {
            var account = new UserAccount(username, "Test " + username);
            account.setRoles(EnumSet.of(Role.MANAGER));
            return accountService.save(account, ADMIN_SET);
        });
    }
}
