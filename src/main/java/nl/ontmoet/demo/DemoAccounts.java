package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.AccountKind;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import nl.ontmoet.centre.domain.LegalEntity;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The default bank account of a demo centre, with its legal entity's IBAN, made when first needed. */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoAccounts {

    private final LedgerAccountRepository accounts;
    private final LegalEntityRepository legalEntities;

    LedgerAccount defaultAccount(Centre centre) {
        return accounts.findFirstByCentreIdOrderById(centre.getId()).orElseGet(() -> accounts.save(
                new LedgerAccount(centre, AccountKind.BANK, LedgerAccount.DEFAULT_NAME,
                legalEntities.findByCentreId(centre.getId()).map(LegalEntity::getIban).orElse(null))));
    }
}
