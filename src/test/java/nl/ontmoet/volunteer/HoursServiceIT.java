package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.volunteer.service.HoursInput;
import nl.ontmoet.volunteer.service.HoursService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class HoursServiceIT {

    static final LocalDate BORN = LocalDate.of(1980, 1, 1);
    static final LocalDate DAY = LocalDate.of(2025, 4, 7);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    HoursService hours;
    @Autowired
    ActivityService activities;

    static HoursInput task(LocalDate day, String amount) {
        return new HoursInput(day, null, "Koffie schenken", new BigDecimal(amount));
    }

    void refused(long volunteerId, Runnable enter, String field, String key) {
        int before = fixture.hoursEntries(volunteerId);
        assertThatThrownBy(enter::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).contains(field);
        });
        assertThat(fixture.hoursEntries(volunteerId)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_enters_hours_for_an_activity_or_a_task_and_approves_one_line_or_the_whole_month() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Uren Invoer"), BORN, "0");
        var activity = activities.current(nude).getFirst();
        long first = hours.enter(nude, id, new HoursInput(DAY, activity.getId(), null, new BigDecimal("2.5")));
        hours.enter(nude, id, task(DAY.plusDays(1), "3"));
        hours.enter(nude, id, task(DAY.plusDays(2), "1.25"));
        hours.enter(nude, id, task(DAY.plusMonths(1), "4"));

        var april = hours.rows(nude, id, YearMonth.of(2025, 4));
        assertThat(april).hasSize(3);
        assertThat(april).extracting(r -> r.what()).contains(activity.getTitle(), "Koffie schenken");
        hours.approve(nude, id, first);
        assertThat(hours.monthTotals(nude, id, 2025)).anySatisfy(m -> {
            assertThat(m.month()).isEqualTo(4);
            assertThat(m.total()).isEqualByComparingTo("6.75");
            assertThat(m.approved()).isEqualByComparingTo("2.5");
        });
        assertThat(hours.approveMonth(nude, id, YearMonth.of(2025, 4))).isEqualTo(2);
        assertThat(hours.rows(nude, id, YearMonth.of(2025, 4))).allMatch(r -> r.approved());
        assertThat(hours.rows(nude, id, YearMonth.of(2025, 5))).noneMatch(r -> r.approved());
        refused(id, () -> hours.remove(nude, id, first), "hours", "volunteer.hours.error.approvedStays");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_day_holds_24_hours_of_a_volunteer_over_all_centres_together() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long id = fixture.registerAtBoth(unique("Vierentwintig"), BORN, "0");
        users.as("coordinator2", () -> hours.enter(pomhorst, id, task(DAY, "20")));
        refused(id, () -> hours.enter(nude, id, task(DAY, "4.5")), "hours", "volunteer.hours.error.dayFull");
        hours.enter(nude, id, task(DAY, "4"));
        assertThat(fixture.hoursEntries(id)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("coordinator")
    void bad_hours_are_refused_at_their_field_and_nothing_is_stored() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long id = fixture.register("coordinator", NUDE, unique("Foute Uren"), BORN, "0");
        refused(id, () -> hours.enter(nude, id, task(DAY, "0")), "hours", "volunteer.hours.error.positive");
        refused(id, () -> hours.enter(nude, id, task(DAY, "-1")), "hours", "volunteer.hours.error.positive");
        refused(id, () -> hours.enter(nude, id, new HoursInput(DAY, null, "x", null)), "hours",
                "volunteer.hours.error.positive");
        refused(id, () -> hours.enter(nude, id, task(DAY, "1.333")), "hours", "volunteer.hours.error.decimals");
        refused(id, () -> hours.enter(nude, id, task(DAY, "24.25")), "hours", "volunteer.hours.error.dayFull");
        refused(id, () -> hours.enter(nude, id, task(null, "2")), "workDate", "volunteer.hours.error.dateRequired");
        refused(id, () -> hours.enter(nude, id, task(TestClock.TODAY.plusDays(1), "2")), "workDate",
                "volunteer.hours.error.future");
        refused(id, () -> hours.enter(nude, id, new HoursInput(DAY, null, "  ", BigDecimal.ONE)), "task",
                "volunteer.hours.error.whatRequired");
        long elsewhere = users.as("coordinator2", () -> activities.current(pomhorst).getFirst().getId());
        refused(id, () -> hours.enter(nude, id, new HoursInput(DAY, elsewhere, null, BigDecimal.ONE)), "activity",
                "volunteer.hours.error.activityElsewhere");
    }

    @Test
    @WithUserDetails("coordinator")
    void only_the_centres_coordinators_enter_hours_an_admin_reads_them() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Alleen Coordinator"), BORN, "0");
        long entry = hours.enter(nude, id, task(DAY, "2"));
        for (var user : new String[]{"coordinator2", "coach", "manager", "admin"}) {
            users.as(user, () -> {
                assertThatThrownBy(() -> hours.enter(nude, id, task(DAY, "1")))
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> hours.approve(nude, id, entry)).isInstanceOf(RecordNotFoundException.class);
                return null;
            });
        }
        assertThat(users.as("admin", () -> hours.rows(nude, id, YearMonth.of(2025, 4)))).hasSize(1);
        assertThat(fixture.hoursEntries(id)).isEqualTo(1);
        assertThat(hours.rows(nude, id, YearMonth.of(2025, 4))).noneMatch(r -> r.approved());
    }
}
