package nl.ontmoet.subsidy.service;

import java.time.LocalDate;
import java.time.ZoneId;

/** The bodies of a settlement after the accountability report (vaststelling) and of a rejection (afwijzing). */
final class SettlementBody {

    private SettlementBody() {
    }

    static void settlement(LetterWriter letter, LetterFacts facts, ZoneId zone) {
        var application = facts.application();
        letter.paragraph(letter.text("subsidy.letter.settle.intro",
                letter.date(LocalDate.ofInstant(application.getDecidedAt(), zone)), application.getTitle(),
                LetterWriter.money(application.getGrantedAmount()), LetterWriter.money(application.getFinalAmount())));
        letter.amount("subsidy.letter.amount.granted", application.getGrantedAmount())
                .amount("subsidy.letter.amount.final", application.getFinalAmount());
        PaymentBody.balance(letter, facts);
        LetterOpening.legalBasis(letter, facts);
        if (application.getSettlementRemark() != null) {
            letter.section("subsidy.letter.reasons", application.getSettlementRemark());
        }
    }

    static void rejection(LetterWriter letter, LetterFacts facts, ZoneId zone) {
        var application = facts.application();
        letter.paragraph(letter.text("subsidy.letter.reject.intro",
                letter.date(LetterOpening.submittedOn(facts, zone)), facts.addressee().getName(),
                application.getTitle(), LetterWriter.money(application.getRequestedAmount())));
        letter.amount("subsidy.letter.amount.requested", application.getRequestedAmount()).blank();
        LetterOpening.legalBasis(letter, facts);
        letter.section("subsidy.letter.reasons", application.getDecisionReason());
    }
}
