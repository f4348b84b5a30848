package nl.ontmoet;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs actions of different users at the same moment: each on its own thread, logged in as its user, released
 * together by a barrier. An action's outcome is what it returned, or the message key of the rule that refused it.
 */
@Component
@RequiredArgsConstructor
public class Race {

    private final TestUsers users;

    public record Runner(String username, Callable<String> action) {
    }

    public static Runner runner(String username, Callable<String> action) {
        return new Runner(username, action);
    }

    public List<String> atOnce(Runner... runners) throws Exception {
        var barrier = new CyclicBarrier(runners.length);
        try (var pool = Executors.newFixedThreadPool(runners.length)) {
            List<Future<String>> outcomes = new ArrayList<>();
            for (var runner : runners) {
                outcomes.add(pool.submit(() -> {
                    users.logInOnThisThread(runner.username());
                    try {
                        barrier.await();
                        return runner.action().call();
                    } catch (BusinessRuleException refused) {
                        return refused.getMessageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        }
    }
}
