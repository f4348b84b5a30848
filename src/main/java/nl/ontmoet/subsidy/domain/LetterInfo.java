package nl.ontmoet.subsidy.domain;

import java.time.LocalDate;

/** What a list of issued letters shows, read without the PDF's bytes. */
public record LetterInfo(long id, LetterKind kind, String reference, LocalDate sentOn, String fileName) {
}
