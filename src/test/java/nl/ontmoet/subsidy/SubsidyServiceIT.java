package nl.ontmoet.subsidy;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.SchemeInput;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for bad input and who may see what, through the services on the demo database; rolled back. */
@IntegrationTest
@Transactional
class SubsidyServiceIT extends SubsidyServicesBase {

    @Test
    void scheme_rules() {
        var input = new SchemeInput();
        input.setName("Onjuiste regeling");
        input.setYear(2027);
        input.setCeiling(BigDecimal.ZERO);
        input.setOpensOn(LocalDate.of(2027, 1, 1));
        input.setClosesOn(LocalDate.of(2027, 3, 1));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.ceilingPositive");
        input.setCeiling(new BigDecimal("-5"));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.ceilingPositive");
        input.setCeiling(new BigDecimal("1000"));
        input.setClosesOn(LocalDate.of(2026, 12, 1));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.closesAfterOpens");
        input.setClosesOn(LocalDate.of(2027, 1, 1));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.closesAfterOpens");
        input.setClosesOn(LocalDate.of(2027, 3, 1));
        input.setReportThreshold(new BigDecimal("-1"));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.thresholdNegative");
        input.setReportThreshold(BigDecimal.TEN);
        input.setReportDeadline(LocalDate.of(2027, 2, 1));
        refusedWith(() -> fixture.as("manager", () -> schemes.save(input)), "subsidy.error.deadlineAfterClose");
        input.setReportDeadline(LocalDate.of(2027, 6, 1));
        refusedAt(() -> fixture.as("manager", () -> schemes.save(input)), "regulation",
                "subsidy.error.regulationRequired");
        input.setRegulation("Subsidieverordening welzijn 2026");
        input.setArticle("  ");
        refusedAt(() -> fixture.as("manager", () -> schemes.save(input)), "article", "subsidy.error.articleRequired");
        input.setArticle("artikel 4");
        input.setDecisionWeeks(0);
        refusedAt(() -> fixture.as("manager", () -> schemes.save(input)), "decisionWeeks",
                "subsidy.error.decisionWeeks");
        input.setDecisionWeeks(8);
        assertThatThrownBy(() -> fixture.as("coordinator", () -> schemes.save(input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_scheme where name = 'Onjuiste regeling'",
                Long.class)).isZero();
    }

    @Test
    void totals_per_scheme_show_requested_granted_and_remaining() {
        long granted = fixture.submitted(scheme, "Toegekend", "3000");
        fixture.submitted(scheme, "Wacht", "2000");
        fixture.draft(scheme, "Concept telt niet", "1500");
        fixture.as("manager", () -> decisions.grant(granted, new BigDecimal("2500"), null, "Deels buiten de regeling",
                REPORT_DUE));
        var row = fixture.as("manager", () -> schemes.overview()).stream()
                .filter(r -> r.id() == scheme.getId()).findFirst().orElseThrow();
        assertThat(row.requested()).isEqualByComparingTo("5000");
        assertThat(row.granted()).isEqualByComparingTo("2500");
        assertThat(row.remaining()).isEqualByComparingTo("7500");
    }

    @Test
    void requested_amount_must_be_positive_and_within_the_ceiling() {
        long centre = fixture.centre(NUDE);
        for (String amount : new String[]{"0", "-10", "10000.01"}) {
            refusedWith(() -> fixture.as("coordinator", () -> drafts.saveDraft(centre, null,
                    complete(scheme, "Bedrag " + amount, amount))),
                    amount.equals("10000.01") ? "subsidy.error.aboveCeiling" : "subsidy.error.requestedPositive");
        }
        assertThat(jdbc.queryForObject("select count(*) from subsidy_application where scheme_id = ?", Long.class,
                scheme.getId())).isZero();
    }

    @Test
    void submission_needs_every_part_and_an_open_window() {
        long centre = fixture.centre(NUDE);
        var input = complete(scheme, "Onvolledig", "500");
        input.setActivityPlan(null);
        long id = fixture.as("coordinator", () -> drafts.saveDraft(centre, null, input).getId());
        refusedWith(() -> fixture.as("coordinator", () -> drafts.submit(id)), "subsidy.error.partMissing");
        assertThat(status(id)).isEqualTo("DRAFT");

        long other = fixture.draft(scheme, "Te laat", "500");
        jdbc.update("update subsidy_scheme set opens_on = ?, closes_on = ? where id = ?",
                TestClock.TODAY.minusDays(30), TestClock.TODAY.minusDays(1), scheme.getId());
        entityManager.clear();
        refusedWith(() -> fixture.as("coordinator", () -> drafts.submit(other)), "subsidy.error.windowClosed");
        jdbc.update("update subsidy_scheme set opens_on = ?, closes_on = ? where id = ?",
                TestClock.TODAY.plusDays(1), TestClock.TODAY.plusDays(30), scheme.getId());
        entityManager.clear();
        refusedWith(() -> fixture.as("coordinator", () -> drafts.submit(other)), "subsidy.error.windowClosed");
        assertThat(status(other)).isEqualTo("DRAFT");
    }

    @Test
    void submitted_content_is_frozen_until_changes_are_asked() {
        long id = fixture.submitted(scheme, "Bevroren", "800");
        long centre = fixture.centre(NUDE);
        refusedWith(() -> fixture.as("coordinator", () -> drafts.saveDraft(centre, id,
                complete(scheme, "Gewijzigd", "900"))), "subsidy.error.frozen");
        refusedWith(() -> fixture.as("manager", () -> decisions.requestChanges(id, " ")),
                "subsidy.error.reasonRequired");
        fixture.as("manager", () -> decisions.requestChanges(id, "Graag het aantal vrijwilligers toelichten"));
        fixture.as("coordinator", () -> drafts.saveDraft(centre, id, complete(scheme, "Gewijzigd", "900")));
        fixture.as("coordinator", () -> drafts.submit(id));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select title from subsidy_application where id = ?", String.class, id))
                .isEqualTo("Gewijzigd");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        var history = fixture.as("coordinator", () -> applications.detail(centre, id)).history();
        assertThat(history).extracting(h -> h.to()).containsExactly(SubsidyStatus.DRAFT, SubsidyStatus.SUBMITTED,
                SubsidyStatus.CHANGES_REQUESTED, SubsidyStatus.SUBMITTED);
        assertThat(history.get(2).comment()).isEqualTo("Graag het aantal vrijwilligers toelichten");
        assertThat(history.get(2).actorName()).isNotBlank();
        assertThat(history.get(2).from()).isEqualTo(SubsidyStatus.SUBMITTED);
    }

    @Test
    void decisions_refuse_bad_amounts_and_missing_reasons() {
        long id = fixture.submitted(scheme, "Beslissen", "4000");
        long before = transitions(id);
        refusedWith(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("4000.01"), null, null,
                        REPORT_DUE)),
                "subsidy.error.aboveRequested");
        refusedWith(() -> fixture.as("manager", () -> decisions.grant(id, BigDecimal.ZERO, null, null, REPORT_DUE)),
                "subsidy.error.grantPositive");
        refusedWith(() -> fixture.as("manager", () -> decisions.reject(id, "")), "subsidy.error.reasonRequired");
        refusedWith(() -> fixture.as("manager", () -> decisions.requestChanges(id, null)),
                "subsidy.error.reasonRequired");
        long big = fixture.submitted(scheme, "Groot", "9000");
        fixture.as("manager", () -> decisions.grant(big, new BigDecimal("9000"), null, null, REPORT_DUE));
        refusedWith(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("1000.01"), null, null,
                        REPORT_DUE)),
                "subsidy.error.aboveRemaining");
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("1000"),
                "Alleen de activiteiten", "  ", REPORT_DUE)), "reason", "subsidy.error.partialGrantReason");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select granted_amount from subsidy_application where id = ?",
                BigDecimal.class, id)).isNull();
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("1000"), "Alleen de activiteiten",
                "Het plafond laat nog € 1.000,00 toe.", REPORT_DUE));
        assertThat(status(id)).isEqualTo("GRANTED");
        assertThat(jdbc.queryForObject("select decision_reason from subsidy_application where id = ?", String.class,
                id)).isEqualTo("Het plafond laat nog € 1.000,00 toe.");
        refusedWith(() -> fixture.as("manager", () -> decisions.reject(id, "Toch niet")),
                "subsidy.error.notAllowed");
    }

    @Test
    void a_manager_never_decides_on_an_application_they_wrote() {
        var authorManager = fixture.account("subsidy-author-manager", Role.MANAGER, Role.COORDINATOR);
        long id = fixture.submitted(scheme, "Eigen aanvraag", "500");
        jdbc.update("update subsidy_application set author_id = ? where id = ?", authorManager.getId(), id);
        entityManager.clear();
        refusedWith(() -> fixture.as("subsidy-author-manager", () -> decisions.grant(id, BigDecimal.TEN, null, null,
                        REPORT_DUE)),
                "subsidy.error.ownApplication");
        refusedWith(() -> fixture.as("subsidy-author-manager", () -> decisions.reject(id, "Nee")),
                "subsidy.error.ownApplication");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void another_coordinator_cannot_see_or_touch_the_application() {
        long id = fixture.submitted(scheme, "Alleen voor De Nude", "500");
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(SubsidyFixture.POMHORST);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> applications.detail(nude, id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> applications.detail(pomhorst, id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> applications.page(nude, PageRequest.of(0, 10))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> drafts.saveDraft(nude, null,
                complete(scheme, "Ingebroken", "100")))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> drafts.submit(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.as("coordinator2", () -> applications.page(pomhorst, PageRequest.of(0, 50))).stream()
                .noneMatch(r -> r.id() == id)).isTrue();
        assertThatThrownBy(() -> fixture.as("coordinator", () -> applications.queue(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        // readers: the coach of the coordinator, admins and managers see it
        assertThat(fixture.as("coach", () -> applications.detail(nude, id)).editable()).isFalse();
        assertThat(fixture.as("admin", () -> applications.detail(nude, id)).decidable()).isFalse();
        assertThat(fixture.as("manager", () -> applications.detail(nude, id)).decidable()).isTrue();
    }

    @Test
    void the_queue_lists_submitted_applications_oldest_first_with_waiting_days() {
        long first = fixture.submitted(scheme, "Eerst", "100");
        long second = fixture.submitted(scheme, "Later", "100");
        jdbc.update("update subsidy_application set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(TestClock.NOW.minus(java.time.Duration.ofDays(400))), first);
        jdbc.update("update subsidy_application set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(TestClock.NOW.minus(java.time.Duration.ofDays(399))), second);
        entityManager.clear();
        var queue = fixture.as("manager", () -> applications.queue(PageRequest.of(0, 2))).getContent();
        assertThat(queue).extracting(r -> r.id()).containsExactly(first, second);
        assertThat(queue.getFirst().waitingDays()).isBetween(399L, 401L);
    }
}
