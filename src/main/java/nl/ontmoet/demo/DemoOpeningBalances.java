package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.bookkeeping.domain.OpeningBalance;
import nl.ontmoet.bookkeeping.domain.OpeningBalanceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Opening balances on 1 January of last year for the demo accounts, after every other feature has booked its demo
 * entries: the demo books run at a loss (a centre lives on a subsidy that only this year's books hold), so without
 * one the bank balance would be far below zero. Each account starts with what keeps it at or above a reserve of
 * € 15.000 at the end of last year and today, rounded up to a thousand. Only for accounts without any opening
 * balance.
 */
@Component
@Profile("demo")
@Order(90)
@RequiredArgsConstructor
class DemoOpeningBalances implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpeningBalances.class);
    private static final BigDecimal RESERVE = new BigDecimal("15000");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private final LedgerAccountRepository accounts;
    private final OpeningBalanceRepository openingBalances;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (openingBalances.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        for (LedgerAccount account : accounts.findAll()) {
            LocalDate from = LocalDate.of(year, 1, 1);
            BigDecimal endOfLastYear = accounts.movement(account.getId(), from, LocalDate.of(year, 12, 31));
            BigDecimal now = endOfLastYear.add(accounts.movement(account.getId(), LocalDate.of(year + 1, 1, 1), today));
            BigDecimal lowest = endOfLastYear.min(now).min(BigDecimal.ZERO);
            BigDecimal opening = RESERVE.subtract(lowest).divide(THOUSAND, 0, RoundingMode.CEILING).multiply(THOUSAND)
                    .setScale(2);
            openingBalances.save(new OpeningBalance(account, year, opening));
            log.info("Demo opening balance {} of {}: {}", year, account.getName(), opening);
        }
    }
}
