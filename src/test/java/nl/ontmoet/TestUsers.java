package nl.ontmoet;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** Runs test code as one of the accounts in the database, the way the services see a logged-in user. */
@Component
@RequiredArgsConstructor
public class TestUsers {

    private final UserDetailsService userDetails;

    /** Runs {@code action} as {@code username} and puts back whoever was logged in before. */
    public <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        logInOnThisThread(username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Logs {@code username} in on the current thread for good (threads of concurrency tests). */
    public void logInOnThisThread(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        var principal = userDetails.loadUserByUsername(username);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
