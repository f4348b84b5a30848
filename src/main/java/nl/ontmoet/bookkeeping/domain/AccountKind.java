package nl.ontmoet.bookkeeping.domain;

/** Where a centre's money is: a bank account (with an IBAN) or the cash box. */
public enum AccountKind {
    BANK,
    CASH
}
