package nl.ontmoet.dashboard.service;

import java.time.Instant;

/** A refused login: the name that was tried and when. */
public record FailedLogin(String username, Instant at) {
}
