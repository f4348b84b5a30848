package nl.ontmoet.subsidy;

import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyActor;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static nl.ontmoet.subsidy.domain.SubsidyAction.*;
import static nl.ontmoet.subsidy.domain.SubsidyActor.*;
import static nl.ontmoet.subsidy.domain.SubsidyStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state × every action × every actor, against a table written out by hand: the only allowed moves are
 * the ones listed below; everything else is refused.
 */
class SubsidyLifecycleTest {

    /** state / action / actor → next state: the complete list of what is allowed. */
    private static final Map<String, SubsidyStatus> ALLOWED = Map.of(
            "DRAFT/EDIT/CENTRE_COORDINATOR", DRAFT,
            "DRAFT/SUBMIT/CENTRE_COORDINATOR", SUBMITTED,
            "CHANGES_REQUESTED/EDIT/CENTRE_COORDINATOR", CHANGES_REQUESTED,
            "CHANGES_REQUESTED/SUBMIT/CENTRE_COORDINATOR", SUBMITTED,
            "SUBMITTED/GRANT/MANAGER", GRANTED,
            "SUBMITTED/REJECT/MANAGER", REJECTED,
            "SUBMITTED/REQUEST_CHANGES/MANAGER", CHANGES_REQUESTED,
            "GRANTED/REPORT/CENTRE_COORDINATOR", REPORTED,
            "REPORTED/SETTLE/MANAGER", SETTLED);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (SubsidyStatus state : SubsidyStatus.values()) {
            for (SubsidyAction action : SubsidyAction.values()) {
                for (SubsidyActor actor : SubsidyActor.values()) {
                    all.add(Arguments.of(state, action, actor));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("everyCombination")
    void allowed_exactly_as_in_the_table(SubsidyStatus state, SubsidyAction action, SubsidyActor actor) {
        var expected = ALLOWED.get(state + "/" + action + "/" + actor);
        assertThat(SubsidyLifecycle.allowed(state, action, actor)).isEqualTo(expected != null);
        assertThat(SubsidyLifecycle.next(state, action, actor)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void the_matrix_has_every_combination() {
        assertThat(everyCombination().count()).isEqualTo(7 * 7 * 6);
    }

    @Test
    void rejected_and_settled_applications_are_final_and_the_author_never_decides() {
        for (SubsidyAction action : SubsidyAction.values()) {
            for (SubsidyActor actor : SubsidyActor.values()) {
                assertThat(SubsidyLifecycle.allowed(SETTLED, action, actor)).isFalse();
                assertThat(SubsidyLifecycle.allowed(REJECTED, action, actor)).isFalse();
            }
            for (SubsidyStatus state : SubsidyStatus.values()) {
                assertThat(SubsidyLifecycle.allowed(state, action, AUTHOR_MANAGER)).isFalse();
            }
        }
    }

    @Test
    void a_grant_below_the_report_threshold_is_settled_at_once() {
        assertThat(SubsidyLifecycle.afterGrant(new BigDecimal("999.99"), new BigDecimal("1000"))).isEqualTo(SETTLED);
        assertThat(SubsidyLifecycle.afterGrant(new BigDecimal("1000.00"), new BigDecimal("1000"))).isEqualTo(GRANTED);
        assertThat(SubsidyLifecycle.afterGrant(new BigDecimal("0.01"), BigDecimal.ZERO)).isEqualTo(GRANTED);
    }

    @Test
    void content_is_frozen_after_submission() {
        assertThat(Set.of(SubsidyStatus.values()).stream().filter(SubsidyLifecycle::editable))
                .containsExactlyInAnyOrder(DRAFT, CHANGES_REQUESTED);
    }
}
