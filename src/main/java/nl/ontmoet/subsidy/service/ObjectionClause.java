package nl.ontmoet.subsidy.service;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The bezwaarclausule (Awb 3:45): an objection within six weeks (6:7) from the day after the letter was sent (6:8).
 * A term that ends on a Saturday or Sunday runs on to the Monday (Algemene termijnenwet); the letter says so for
 * public holidays as well.
 */
final class ObjectionClause {

    private ObjectionClause() {
    }

    /** The last day on which an objection to a letter sent on {@code sentOn} is in time. */
    static LocalDate lastDay(LocalDate sentOn) {
        LocalDate end = sentOn.plusWeeks(6);
        if (end.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return end.plusDays(2);
        }
        if (end.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return end.plusDays(1);
        }
        return end;
    }

    static void write(LetterWriter letter, LetterFacts facts) {
        letter.section("subsidy.letter.objection", letter.text("subsidy.letter.objection.text",
                letter.date(facts.sentOn()), letter.date(facts.sentOn().plusDays(1)),
                letter.date(lastDay(facts.sentOn())), facts.letterhead().municipality(),
                facts.letterhead().objectionAddress(), facts.reference()));
    }
}
