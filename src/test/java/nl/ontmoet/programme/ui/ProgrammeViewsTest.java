package nl.ontmoet.programme.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.base.ui.RouteNotFoundView;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class ProgrammeViewsTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final String POMHORST = "wijkcentrum-de-pomhorst";

    @Autowired ActivityRepository activities;
    @Autowired ActivitySessionRepository sessions;
    @Autowired CentreRepository centres;
    @Autowired RoomRepository rooms;

    private long activityId(String title) {
        return activities.findAll().stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow().getId();
    }

    /** Opens the planning form and fills in one session in the meeting room. */
    private void planInMeetingRoom(ActivityView view, LocalDate day, LocalTime start, LocalTime end) {
        test(view.planButton).click();
        test(view.form.room).selectItem("Vergaderkamer (max. 12 personen)");
        test(view.form.date).setValue(day);
        test(view.form.startTime).setValue(start);
        test(view.form.endTime).setValue(end);
    }

    @Test
    @WithUserDetails("manager")
    void a_centre_without_activities_says_how_to_start_instead_of_an_empty_grid() {
        var view = navigate(ProgrammeView.class, Map.of("centre", "ontmoetingscentrum-tongelre"));
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText())
                .isEqualTo("Nog geen activiteiten. Kies \"Nieuwe activiteit\" om het programma te beginnen.");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_adds_an_activity_and_a_missing_title_is_refused_at_the_field() {
        var view = navigate(ProgrammeView.class, Map.of("centre", NUDE));
        int before = test(view.grid).size();
        test(view.create).click();
        test(view.form.save).click();
        assertThat(view.form.activityTitle.isInvalid()).isTrue();
        assertThat(view.form.type.isInvalid()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(before);

        test(view.form.activityTitle).setValue("Repaircafé");
        test(view.form.type).selectItem("Ontmoeting");
        test(view.form.publicListed).click();
        test(view.form.save).click();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("coordinator")
    void planning_a_weekly_series_lists_the_skipped_closing_day_and_a_double_booking_is_refused() {
        long taalcafe = activityId("Taalcafé");
        var view = navigate(ActivityView.class, Map.of("centre", NUDE, "activity", String.valueOf(taalcafe)));
        var room = rooms.findByCentreIdOrderByName(centres.findBySlug(NUDE).orElseThrow().getId()).stream()
                .filter(r -> r.getName().equals("Vergaderkamer")).findFirst().orElseThrow();
        // the test clock stands in November 2026; Friday 25 December 2026 is a closing day in the demo data
        LocalDate first = LocalDate.of(2026, 12, 1);

        planInMeetingRoom(view, first, LocalTime.of(19, 0), LocalTime.of(21, 0));
        test(view.form.weekly).click();
        test(view.form.save).click();
        assertThat(view.form.weekdays.isInvalid() || $(Notification.class).last() != null).isTrue();
        assertThat(sessions.findByActivityId(taalcafe, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isZero();

        view.form.weekdays.setValue(Set.of(DayOfWeek.FRIDAY));
        test(view.form.lastDay).setValue(first.withDayOfMonth(31));
        test(view.form.save).click();

        assertThat(view.skippedPanel.isVisible()).isTrue();
        assertThat(view.skippedPanel.getElement().getTextRecursively()).contains("Eerste kerstdag");
        long planned = sessions.findByActivityId(taalcafe, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements();
        assertThat(planned).isEqualTo(3);
        assertThat(test(view.grid).size()).isEqualTo(3);

        LocalDate friday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        planInMeetingRoom(view, friday, LocalTime.of(20, 0), LocalTime.of(22, 0));
        test(view.form.save).click();
        assertThat(view.form.startTime.isInvalid()).isTrue();
        assertThat(view.form.startTime.getErrorMessage()).startsWith("Vergaderkamer is dan al bezet door Taalcafé");
        assertThat(sessions.findByActivityId(taalcafe, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isEqualTo(planned);
        assertThat(room.getCapacity()).isEqualTo(12);

        var byStart = org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("startsAt"));
        var second = sessions.findByActivityId(taalcafe, byStart).getContent().get(1);
        view.grid.select(second);
        assertThat(view.editor.changeRest.isVisible()).isTrue();
        test(view.editor.startTime).setValue(LocalTime.of(18, 0));
        test(view.editor.endTime).setValue(LocalTime.of(19, 30));
        test(view.editor.changeRest).click();
        var after = sessions.findByActivityId(taalcafe, byStart).getContent();
        assertThat(after).hasSize(3);
        assertThat(after.get(0).getStartsAt().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        assertThat(after.subList(1, 3)).allSatisfy(s ->
                assertThat(s.getStartsAt().toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
        assertThat(test($(Notification.class).last()).getText()).startsWith("De rest van de reeks is gewijzigd");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_participation_evening_clash_asks_for_confirmation_before_saving() {
        long evening = activityId("Wijkavond Nudepark");
        var existing = sessions.findByActivityId(evening, org.springframework.data.domain.Pageable.unpaged())
                .getContent().getFirst();
        var view = navigate(ActivityView.class, Map.of("centre", NUDE, "activity", String.valueOf(evening)));
        planInMeetingRoom(view, existing.getStartsAt().toLocalDate(), LocalTime.of(20, 0), LocalTime.of(21, 0));
        test(view.form.save).click();

        var dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Inspraakavond herinrichting Pomhorst",
                "Wijkcentrum De Pomhorst");
        assertThat(sessions.findByActivityId(evening, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isEqualTo(1);
        test(dialog).confirm();
        assertThat(sessions.findByActivityId(evening, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_the_week_of_their_centre_and_cannot_open_another_centres_programme() {
        var calendar = navigate(CalendarView.class, Map.of("centre", NUDE));
        assertThat(calendar.board.getChildren().count()).isEqualTo(7);
        test(calendar.mode).selectItem("Maand");
        assertThat(calendar.board.getChildren().count()).isGreaterThanOrEqualTo(7 + 28);
        navigate("centres/" + POMHORST + "/programme", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reads_the_programme_without_editing() {
        var view = navigate(ProgrammeView.class, Map.of("centre", NUDE));
        assertThat(test(view.grid).size()).isGreaterThan(0);
        assertThat(view.create.isVisible()).isFalse();
        var activity = navigate(ActivityView.class, Map.of("centre", NUDE, "activity",
                String.valueOf(activityId("Koffieochtend"))));
        assertThat(activity.planButton.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_clash_list_and_the_municipality_calendar() {
        var clashes = navigate(ClashesView.class);
        assertThat(test(clashes.grid).size()).isGreaterThanOrEqualTo(1);
        var month = navigate(MunicipalityCalendarView.class);
        test(month.type).selectItem("Inspraak- of participatieavond");
        assertThat(month.board.getElement().getTextRecursively()).doesNotContain("Koffieochtend");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_open_the_municipality_views() {
        long sessionsBefore = sessions.count();
        navigate("programme/clashes", RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .doesNotContain("Inspraakavond herinrichting Pomhorst");
        navigate("programme/calendar", RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Koffieochtend");
        assertThat(sessions.count()).isEqualTo(sessionsBefore);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_closing_day_without_reason_is_refused() {
        var view = navigate(ClosingDaysView.class, Map.of("centre", NUDE));
        int before = test(view.grid).size();
        test(view.day).setValue(TestClock.TODAY.plusMonths(2));
        test(view.add).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Vul een reden in, bijvoorbeeld Kerstmis.");
        test(view.reason).setValue("Schilderwerk");
        test(view.add).click();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(activities.count()).isPositive();
        assertThat(ActivityType.values()).hasSize(8);
    }
}
