package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyActor;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.complete;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services enforce the state machine: for every state × action × actor (including report and settlement) a
 * fresh application of De Nude is put in that state, the action is tried as a real user playing that part, and the outcome (allowed and the
 * new state, or refused and nothing changed) must match {@link SubsidyLifecycle}. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyLifecycleIT extends SubsidyServicesBase {

    private static final Map<SubsidyActor, String> USERS = Map.of(
            SubsidyActor.CENTRE_COORDINATOR, "coordinator",
            SubsidyActor.OTHER_COORDINATOR, "coordinator2",
            SubsidyActor.MANAGER, "manager",
            SubsidyActor.AUTHOR_MANAGER, "subsidy-matrix-author-manager",
            SubsidyActor.COACH, "coach",
            SubsidyActor.ADMIN, "admin");

    @Test
    void every_state_action_and_actor_is_enforced_as_the_lifecycle_says() {
        var authorManager = fixture.account(USERS.get(SubsidyActor.AUTHOR_MANAGER), Role.MANAGER, Role.COORDINATOR);
        SubsidyScheme scheme = fixture.scheme("Matrix " + System.nanoTime(), "1000000");
        long centre = fixture.centre(NUDE);
        List<String> mismatches = new ArrayList<>();
        int tried = 0;
        for (SubsidyStatus state : SubsidyStatus.values()) {
            for (SubsidyAction action : SubsidyAction.values()) {
                for (SubsidyActor actor : SubsidyActor.values()) {
                    long id = fixture.draft(scheme, "Matrix " + state + " " + action + " " + actor, "1000");
                    entityManager.flush();
                    jdbc.update("update subsidy_application set status = ?, submitted_at = now(6) where id = ?",
                            state.name(), id);
                    if (state.isGranted()) {
                        jdbc.update("""
                                update subsidy_application set granted_amount = 1000, report_due_on = ?,
                                       decided_at = now(6) where id = ?""", SubsidyFixture.REPORT_DUE, id);
                    }
                    if (actor == SubsidyActor.AUTHOR_MANAGER) {
                        jdbc.update("update subsidy_application set author_id = ? where id = ?",
                                authorManager.getId(), id);
                    }
                    entityManager.clear();
                    long stepsBefore = transitions(id);
                    boolean done;
                    try {
                        fixture.as(USERS.get(actor), () -> run(action, centre, id, scheme));
                        done = true;
                    } catch (AccessDeniedException | RecordNotFoundException | BusinessRuleException refused) {
                        done = false;
                    }
                    entityManager.flush();
                    entityManager.clear();
                    String after = jdbc.queryForObject("select status from subsidy_application where id = ?",
                            String.class, id);
                    var expected = SubsidyLifecycle.next(state, action, actor);
                    boolean historyAsExpected = done || transitions(id) == stepsBefore;
                    if (done != expected.isPresent() || !historyAsExpected
                            || !after.equals(expected.map(Enum::name).orElse(state.name()))) {
                        mismatches.add(state + " × " + action + " × " + actor + ": done=" + done + ", now " + after);
                    }
                    tried++;
                }
            }
        }
        assertThat(tried).isEqualTo(7 * 7 * 6);
        assertThat(mismatches).isEmpty();
    }

    private void run(SubsidyAction action, long centre, long id, SubsidyScheme scheme) {
        switch (action) {
            case EDIT -> drafts.saveDraft(centre, id, complete(scheme, "Aangepast", "900"));
            case SUBMIT -> drafts.submit(id);
            case GRANT -> decisions.grant(id, new BigDecimal("500"), "Voorwaarde", "Deels buiten de regeling",
                    SubsidyFixture.REPORT_DUE);
            case REJECT -> decisions.reject(id, "Past niet in de regeling");
            case REQUEST_CHANGES -> decisions.requestChanges(id, "Graag aanvullen");
            case REPORT -> reports.submit(id, SubsidyFixture.report(40, 380, 7));
            case SETTLE -> settlements.settle(id, new BigDecimal("900"), "Minder activiteiten dan verwacht");
        }
    }
}
