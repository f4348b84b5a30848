package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.PaymentKind;
import nl.ontmoet.subsidy.domain.SubsidyPayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The money parts of letters: the payment schedule with the legal entity's IBAN (grant), the balance of settled
 * and paid (settlement), and the body of a repayment decision (terugvordering, Awb 4:57).
 */
final class PaymentBody {

    private PaymentBody() {
    }

    /** The payment lines the decision produced, and the account they are paid to. */
    static void schedule(LetterWriter letter, LetterFacts facts) {
        letter.heading(letter.text("subsidy.letter.payment"));
        var toCentre = facts.payments().stream().filter(p -> p.getKind().toCentre()).toList();
        if (toCentre.isEmpty()) {
            letter.line(letter.text("subsidy.letter.payment.afterSettlement"));
        }
        for (SubsidyPayment payment : toCentre) {
            letter.labelledAmount(letter.text("subsidy.letter.payment.line." + payment.getKind().name(),
                    letter.date(payment.getDueOn())), payment.getAmount());
        }
        letter.blank().paragraph(account(letter, facts));
    }

    /** Settled less paid: what is still paid to the centre, or what it received too much. */
    static void balance(LetterWriter letter, LetterFacts facts) {
        var application = facts.application();
        BigDecimal paid = PaymentSchedule.paidToCentre(facts.payments());
        BigDecimal balance = application.getFinalAmount().subtract(paid);
        letter.amount("subsidy.letter.amount.paid", paid);
        if (balance.signum() >= 0) {
            letter.amount("subsidy.letter.amount.toPay", balance).blank();
            if (balance.signum() > 0) {
                letter.paragraph(letter.text("subsidy.letter.toPay", LetterWriter.money(balance)) + " "
                        + account(letter, facts));
            }
        } else {
            letter.amount("subsidy.letter.amount.toRepay", balance.negate()).blank();
            letter.paragraph(letter.text("subsidy.letter.repay", LetterWriter.money(balance.negate())));
        }
    }

    static void repayment(LetterWriter letter, LetterFacts facts, ZoneId zone) {
        var application = facts.application();
        var repayment = facts.payments().stream().filter(p -> p.getKind() == PaymentKind.REPAYMENT)
                .reduce((first, second) -> second).orElseThrow();
        BigDecimal paid = PaymentSchedule.paidToCentre(facts.payments());
        letter.paragraph(letter.text("subsidy.letter.recover.intro",
                letter.date(LocalDate.ofInstant(application.getSettledAt(), zone)), application.getTitle(),
                LetterWriter.money(application.getFinalAmount()), LetterWriter.money(paid),
                LetterWriter.money(repayment.getAmount())));
        letter.amount("subsidy.letter.amount.final", application.getFinalAmount())
                .amount("subsidy.letter.amount.paid", paid)
                .amount("subsidy.letter.amount.recovered", repayment.getAmount())
                .blank();
        LetterOpening.legalBasis(letter, facts);
        letter.section("subsidy.letter.reasons", repayment.getReason());
        letter.section("subsidy.letter.recover.term", letter.text("subsidy.letter.recover.term.text",
                LetterWriter.money(repayment.getAmount()), letter.date(repayment.getDueOn()), facts.reference()));
    }

    private static String account(LetterWriter letter, LetterFacts facts) {
        return letter.text("subsidy.letter.payment.account", facts.addressee().getIban(), facts.addressee().getName());
    }
}
