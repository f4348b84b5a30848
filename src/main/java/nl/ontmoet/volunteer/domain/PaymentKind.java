package nl.ontmoet.volunteer.domain;

/** How an allowance is calculated: a fixed amount, or approved hours of the month times a rate. */
public enum PaymentKind { FIXED, HOURLY }
