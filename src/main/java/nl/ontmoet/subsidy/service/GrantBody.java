package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.LetterKind;

import java.time.ZoneId;

/**
 * The body of a grant (verlening), and of a grant settled at once below the report threshold: the decision and
 * amounts, the legal basis, the reasons of a partial grant, the activities and period, the obligations, and either
 * what the accountability report must contain and by when, or the direct settlement.
 */
final class GrantBody {

    private GrantBody() {
    }

    static void write(LetterWriter letter, LetterFacts facts, ZoneId zone) {
        var application = facts.application();
        var scheme = application.getScheme();
        boolean settledAtOnce = facts.kind() == LetterKind.GRANT_AND_SETTLEMENT;
        letter.paragraph(letter.text(settledAtOnce ? "subsidy.letter.grantAndSettle.intro" : "subsidy.letter.grant.intro",
                letter.date(LetterOpening.submittedOn(facts, zone)), facts.addressee().getName(), application.getTitle(),
                LetterWriter.money(application.getRequestedAmount()),
                LetterWriter.money(application.getGrantedAmount())));
        letter.amount("subsidy.letter.amount.requested", application.getRequestedAmount())
                .amount("subsidy.letter.amount.granted", application.getGrantedAmount());
        if (settledAtOnce) {
            letter.amount("subsidy.letter.amount.final", application.getFinalAmount());
        }
        letter.blank();
        LetterOpening.legalBasis(letter, facts);
        if (application.getDecisionReason() != null) {
            letter.section("subsidy.letter.reasons", application.getDecisionReason());
        }
        letter.heading(letter.text("subsidy.letter.activities"))
                .paragraph(letter.text("subsidy.letter.activities.text", String.valueOf(scheme.getYear())));
        if (application.getPurpose() != null) {
            letter.row("subsidy.letter.purpose", application.getPurpose());
        }
        if (application.getActivityPlan() != null) {
            letter.row("subsidy.letter.plan", application.getActivityPlan());
        }
        if (application.getExpectedActivities() != null) {
            letter.row("subsidy.letter.expected", letter.text("subsidy.letter.expected.value",
                    number(application.getExpectedActivities()), number(application.getExpectedVisitors()),
                    number(application.getExpectedVolunteers())));
        }
        letter.blank();
        PaymentBody.schedule(letter, facts);
        letter.section("subsidy.letter.obligations", letter.text("subsidy.letter.obligations.general"));
        if (application.getGrantConditions() != null) {
            letter.section("subsidy.letter.obligations.grant", application.getGrantConditions());
        }
        if (scheme.getConditions() != null) {
            letter.section("subsidy.letter.obligations.scheme", scheme.getConditions());
        }
        if (settledAtOnce) {
            letter.section("subsidy.letter.directSettlement", letter.text("subsidy.letter.directSettlement.text",
                    LetterWriter.money(scheme.getReportThreshold()), LetterWriter.money(application.getFinalAmount())));
        } else {
            letter.section("subsidy.letter.report", letter.text("subsidy.letter.report.text",
                    letter.date(application.getReportDueOn())));
        }
    }

    private static String number(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
