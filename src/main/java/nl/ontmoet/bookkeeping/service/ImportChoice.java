package nl.ontmoet.bookkeeping.service;

/** The treasurer's choice for one new transaction: a category for a new entry, or an entry typed by hand to match. */
public record ImportChoice(int line, Long categoryId, Long matchedEntryId) {
}
