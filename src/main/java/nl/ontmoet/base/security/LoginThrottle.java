package nl.ontmoet.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failures for one account name, or from one client address, further
 * attempts are refused for a while, and each failure beyond the limit doubles that while (up to a maximum). Names
 * that do not exist are counted the same way, so a refusal tells nothing about whether the account exists.
 */
public class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int accountLimit, int addressLimit, Duration firstLock, Duration maxLock) {
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** Whether an attempt for this name from this address is to be refused without checking the password. */
    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(accounts.get(key(username)), now) || address != null && locked(addresses.get(address), now);
    }

    /** Counts a failed attempt; true when it (newly) locks the account name or the address. */
    public boolean failed(String username, String address) {
        forgetOld();
        Instant now = clock.instant();
        boolean accountLocked = count(accounts, key(username), accountLimit, now);
        boolean addressLocked = address != null && count(addresses, address, addressLimit, now);
        return accountLocked || addressLocked;
    }

    /** A correct password clears the account's count; the address keeps its count until it expires. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private boolean count(Map<String, Failures> counts, String key, int limit, Instant now) {
        Failures failures = counts.compute(key, (k, before) -> {
            int number = before == null || before.expired(now, maxLock) ? 1 : before.number() + 1;
            Instant until = number < limit ? null : now.plus(lockFor(number - limit));
            return new Failures(number, now, until);
        });
        return failures.lockedUntil() != null;
    }

    private Duration lockFor(int beyondLimit) {
        Duration lock = firstLock.multipliedBy(1L << Math.min(beyondLimit, 20));
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private static boolean locked(Failures failures, Instant now) {
        return failures != null && failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
    }

    private void forgetOld() {
        if (accounts.size() + addresses.size() < MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        accounts.values().removeIf(failures -> failures.expired(now, maxLock));
        addresses.values().removeIf(failures -> failures.expired(now, maxLock));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** The failures since the count last started; forgotten once neither locked nor recent. */
    private record Failures(int number, Instant last, Instant lockedUntil) {

        boolean expired(Instant now, Duration memory) {
            Instant end = lockedUntil == null ? last : lockedUntil;
            return now.isAfter(end.plus(memory));
        }
    }
}
