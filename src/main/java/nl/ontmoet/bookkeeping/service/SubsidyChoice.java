package nl.ontmoet.bookkeeping.service;

/** A subsidy an entry can be assigned to: the application's id and a label with its title and scheme. */
public record SubsidyChoice(long applicationId, String label) {
}
