package nl.ontmoet.bookkeeping.domain;

/** Whether money comes in or goes out; amounts themselves are always positive. */
public enum Direction {
    INCOME,
    EXPENSE
}
