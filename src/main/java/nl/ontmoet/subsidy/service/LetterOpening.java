package nl.ontmoet.subsidy.service;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The top of every letter: letterhead, the legal entity as addressee (with its KvK number), date (dagtekening),
 * kenmerk, the application and the subject, and the legal basis of the decision (Awb 4:23).
 */
final class LetterOpening {

    private LetterOpening() {
    }

    static void write(LetterWriter letter, LetterFacts facts, ZoneId zone) {
        var head = facts.letterhead();
        var to = facts.addressee();
        var application = facts.application();
        letter.title(head.municipality()).line(head.address()).blank().blank();
        letter.line(to.getName()).line(letter.text("subsidy.letter.attention")).line(to.getStreet())
                .line(to.getPostalCode() + "  " + to.getCity())
                .line(letter.text("subsidy.letter.kvk", to.getKvkNumber())).blank().blank();
        letter.row("subsidy.letter.date", letter.date(facts.sentOn()))
                .row("subsidy.letter.reference", facts.reference())
                .row("subsidy.letter.application", letter.text("subsidy.letter.application.value",
                        application.getTitle(), letter.date(submittedOn(facts, zone))))
                .row("subsidy.letter.centre", application.getCentre().getName())
                .row("subsidy.letter.subject", letter.text("subsidy.letter.kind." + facts.kind().name()))
                .blank();
        letter.heading(letter.text("subsidy.letter.kind." + facts.kind().name())).blank();
        letter.paragraph(letter.text("subsidy.letter.salutation"));
    }

    static void legalBasis(LetterWriter letter, LetterFacts facts) {
        var scheme = facts.application().getScheme();
        letter.section("subsidy.letter.legalBasis", letter.text("subsidy.letter.legalBasis.text",
                scheme.getArticle(), scheme.getRegulation(), scheme.getName(), String.valueOf(scheme.getYear())));
    }

    static LocalDate submittedOn(LetterFacts facts, ZoneId zone) {
        var submitted = facts.application().getSubmittedAt();
        return submitted == null ? facts.sentOn() : LocalDate.ofInstant(submitted, zone);
    }

    /** The closing: greeting, the mandate (Awb 10:10), the signer's name and function, and whom to ask. */
    static void signature(LetterWriter letter, LetterFacts facts) {
        var head = facts.letterhead();
        letter.line(letter.text("subsidy.letter.closing"))
                .line(letter.text("subsidy.letter.mandate", head.municipality())).blank().blank()
                .line(facts.signer()).line(head.signerFunction()).blank()
                .line(letter.text("subsidy.letter.contact", head.contact(), facts.reference()));
    }
}
