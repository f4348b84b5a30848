package nl.ontmoet.coaching;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.audit.service.AuditLine;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.audit.service.AuditService.AuditFilter;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.service.CoachingInsightService.TopicCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who was coached and about what stays between coach and coordinator: admins reading the audit log see neither the
 * parties nor the topics of a coaching session, and managers see topics only as totals over at least five people.
 */
@IntegrationTest
class CoachingMetadataIT extends CoachingServices {

    @Autowired AuditService auditService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_admin_reading_the_audit_log_sees_no_topic_and_no_coordinator_of_a_coaching_session() {
        var session = fixture.session("coach", "coordinator");
        fixture.agreement("coach", session.getId(), "coordinator", AgreementOwner.COORDINATOR, "Begroting afronden");
        fixture.as("coordinator", () -> sessions.open(session.getId()));
        long coordinatorId = fixture.user("coordinator").getId();
        String coordinatorReference = "UserAccount#" + coordinatorId;

        List<AuditLine> log = fixture.as("admin", () -> auditService.search(AuditFilter.none(),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id"))).getContent());

        var coaching = log.stream().filter(line -> List.of("CoachingSession", "Agreement").contains(line.entityType()))
                .toList();
        assertThat(coaching).extracting(AuditLine::action).isNotEmpty();
        assertThat(coaching).allSatisfy(line -> {
            assertThat(line.confidential()).isTrue();
            assertThat(line.username()).isNull();
            assertThat(line.entityId()).isNull();
            assertThat(line.changes()).isNull();
        });
        assertThat(log).as("no line an admin reads ties this session to its coordinator or its topics")
                .noneMatch(line -> String.valueOf(line.changes()).contains("CoachingSession#" + session.getId())
                        || "CoachingSession".equals(line.entityType()) && !line.confidential())
                .noneMatch(line -> String.valueOf(line.changes()).contains("Begroting afronden"));

        var byName = fixture.as("admin", () -> auditService.search(new AuditFilter("coordinator", null, null, null, null),
                PageRequest.of(0, 200)).getContent());
        assertThat(byName).as("filtering by the coordinator's name finds none of their coaching lines")
                .noneMatch(line -> line.confidential() || line.entityType().equals("CoachingSession"));

        assertThat(jdbc.queryForList("select changes from audit_entry where entity_type = 'CoachingSession' "
                + "and entity_id = ?", String.class, session.getId().toString()))
                .as("the trail itself holds no topics or participants either").isNotEmpty()
                .allSatisfy(changes -> assertThat(String.valueOf(changes)).doesNotContain(coordinatorReference)
                        .doesNotContain("BUDGET").doesNotContain("MARKETING"));
    }

    @Test
    void a_manager_sees_topics_only_over_five_coordinators_and_never_tied_to_a_named_one() {
        var coach = fixture.account("inzicht.coach", Role.COACH);
        var coordinators = IntStream.rangeClosed(1, 5).mapToObj(i -> "inzicht.coordinator" + i).toList();
        coordinators.forEach(name -> fixture.assign(coach, fixture.account(name, Role.COORDINATOR),
                TestClock.TODAY.minusMonths(1)));
        LocalDate quietQuarter = LocalDate.of(2003, 5, 6);

        coordinators.subList(0, 4).forEach(name -> fixture.sessionOn(quietQuarter, "inzicht.coach", name));
        var four = fixture.as("manager", () -> insight.quarter(2003, 2));
        assertThat(four.perCoordinator()).hasSize(4);
        assertThat(four.topicsShown()).isFalse();
        assertThat(four.topics()).isEmpty();

        fixture.sessionOn(quietQuarter, "inzicht.coach", coordinators.get(4));
        var five = fixture.as("manager", () -> insight.quarter(2003, 2));
        assertThat(five.topicsShown()).isTrue();
        assertThat(five.topics()).extracting(TopicCount::topic, TopicCount::sessions)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CoachingTopic.BUDGET, 5L),
                        org.assertj.core.groups.Tuple.tuple(CoachingTopic.MARKETING, 5L));
        assertThat(Arrays.stream(TopicCount.class.getRecordComponents()).map(c -> c.getName()))
                .as("a topic figure names nobody").containsExactly("topic", "sessions");
        assertThat(five.toString()).doesNotContain("begroting 2027").doesNotContain("overbelast");
    }
}
