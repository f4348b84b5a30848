package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.subsidy.domain.PaymentKind;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyPayment;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The payment lines of the demo's subsidies as the deciding services write them: the scheme's advance on grant, on
 * settlement what is left to pay, a repayment; paid lines to a centre are in its ledger as subsidy income.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class SubsidyDemoPayments {

    private final SubsidyPaymentRepository payments;
    private final LedgerEntryRepository ledger;
    private final CategoryRepository categories;
    private final DemoAccounts accounts;
    private final Clock clock;

    /** The advance of the scheme's percentage, due on the day of the grant. */
    void onGrant(SubsidyApplication application, Instant at) {
        int percentage = application.getScheme().getAdvancePercentage();
        if (percentage > 0) {
            payments.save(new SubsidyPayment(application, PaymentKind.ADVANCE, day(at), application.getGrantedAmount()
                    .multiply(BigDecimal.valueOf(percentage)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN),
                    null));
        }
    }

    /** Unpaid advances lapse; settled less paid, when positive, is one payment due on the day of settlement. */
    void onSettlement(SubsidyApplication application, Instant at) {
        var lines = payments.findByApplicationIdOrderByDueOnAscIdAsc(application.getId());
        lines.stream().filter(p -> !p.isPaid()).forEach(payments::delete);
        BigDecimal paid = lines.stream().filter(SubsidyPayment::isPaid).map(SubsidyPayment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balance = application.getFinalAmount().subtract(paid);
        if (balance.signum() > 0) {
            payments.save(new SubsidyPayment(application, PaymentKind.FINAL, day(at), balance, null));
        }
        payments.flush();
    }

    void repayment(SubsidyApplication application, String amount, LocalDate dueOn, String reason) {
        payments.saveAndFlush(new SubsidyPayment(application, PaymentKind.REPAYMENT, dueOn, new BigDecimal(amount),
                reason));
    }

    /** Marks the first open line paid and books it as the centre's income. */
    void paid(SubsidyApplication application, Instant at, String reference) {
        var payment = payments.findByApplicationIdOrderByDueOnAscIdAsc(application.getId()).stream()
                .filter(p -> !p.isPaid()).findFirst().orElseThrow();
        var entry = new LedgerEntry(application.getCentre());
        entry.setEntryDate(day(at));
        entry.setDirection(Direction.INCOME);
        entry.setCategory(categories.findByCode("SUBSIDIE").orElseThrow());
        entry.setAmount(payment.getAmount());
        entry.setDescription((payment.getKind() == PaymentKind.ADVANCE ? "Voorschot subsidie: "
                : "Betaling subsidie: ") + application.getTitle());
        entry.setCounterparty(application.getScheme().getName());
        entry.setReference(reference);
        entry.setSubsidyApplicationId(application.getId());
        entry.setAccount(accounts.defaultAccount(application.getCentre()));
        payment.paid(day(at), reference, ledger.save(entry).getId());
        payments.saveAndFlush(payment);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
