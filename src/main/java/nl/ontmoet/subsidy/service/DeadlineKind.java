package nl.ontmoet.subsidy.service;

/** What is due: a decision on a submitted application, or a report (soon, or already late). */
public enum DeadlineKind {
    REPORT_OVERDUE, REPORT_DUE, DECISION
}
