package nl.ontmoet.journey;

import nl.ontmoet.TestClock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.TestUsers;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.service.SessionChangeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator plans a weekly Taalcafé over Christmas: the closing days and an earlier booking are skipped
 * and listed, the series shows in the week view, and a double booking is refused with the reason. When the
 * single evening is cancelled, the printable public week still lists it, struck through with "Vervalt".
 */
class ProgrammeJourneyIT extends BrowserJourney {

    private static final String NUDE = "/centres/huis-van-de-wijk-de-nude";

    @Autowired
    ActivityRepository activities;

    @Autowired
    ActivitySessionRepository sessions;

    @Autowired
    SessionChangeService changes;

    @Autowired
    TestUsers users;

    @Test
    void a_coordinator_plans_a_weekly_series_sees_the_skipped_dates_and_is_refused_a_double_booking() {
        LocalDate today = TestClock.TODAY;
        LocalDate christmas = LocalDate.of(today.getYear(), 12, 25);
        if (!christmas.minusWeeks(2).isAfter(today)) {
            christmas = christmas.plusYears(1);
        }
        LocalDate first = christmas.minusWeeks(2);
        LocalDate booked = first.plusWeeks(1);
        String weekday = new String[]{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                "zondag"}[christmas.getDayOfWeek().getValue() - 1];
        long taalcafe = activities.findAll().stream().filter(a -> a.getTitle().equals("Taalcafé")).findFirst()
                .orElseThrow().getId();

        logIn("coordinator", "demo");
        assertThat(page.locator(".user-name")).hasText("Cor Bakker");
        page.navigate(NUDE + "/programme");
        assertThat(page.locator("vaadin-grid").first()).containsText("Taalcafé");
        screenshot("programme-activities");

        page.navigate(NUDE + "/programme/" + taalcafe);
        assertThat(page.locator("h2").first()).hasText("Taalcafé");
        planSingle(booked, "19:00", "21:00");
        assertThat(page.locator("vaadin-grid").first()).containsText("Losse bijeenkomst");

        openPlanForm();
        Locator form = page.locator(".session-form");
        chooseRoom("Vergaderkamer");
        form.getByLabel("Elke week herhalen").check();
        fillDate(form.getByLabel("Eerste datum"), first);
        fillTime(form.getByLabel("Begintijd"), "19:00");
        fillTime(form.getByLabel("Eindtijd"), "21:00");
        // by role: the date fields' calendars label their days "4 mei 2026, vrijdag" too
        form.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(weekday).setExact(true)).check();
        fillDate(form.getByLabel("Laatste datum"), christmas.plusWeeks(1));
        screenshot("programme-series-form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inplannen")).click();

        Locator skipped = page.locator(".skipped-panel");
        assertThat(skipped).isVisible();
        assertThat(skipped).containsText("data zijn overgeslagen");
        assertThat(skipped).containsText("het centrum is gesloten (Eerste kerstdag)");
        assertThat(skipped).containsText("de ruimte is bezet door Taalcafé");
        screenshot("programme-series-skipped");

        page.navigate(NUDE + "/calendar");
        assertThat(page.locator(".calendar-board")).isVisible();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeks = ChronoUnit.WEEKS.between(thisMonday, first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        for (int i = 0; i < weeks; i++) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        }
        assertThat(page.locator(".calendar-board")).containsText("Taalcafé");
        assertThat(page.locator(".calendar-board")).containsText("19:00–21:00");
        assertThat(page.locator(".calendar-entry").first()).hasCSS("border-left-width", "5px");
        screenshot("programme-week-view");

        page.navigate(NUDE + "/programme/" + taalcafe);
        planSingle(first, "20:00", "21:30");
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText("Vergaderkamer is dan al bezet door Taalcafé");
        screenshot("programme-double-booking-refused");

        var single = sessions.findAll().stream().filter(s -> s.getActivity().getId() == taalcafe
                && s.getStartsAt().equals(booked.atTime(19, 0))).findFirst().orElseThrow();
        users.as("coordinator", () -> changes.cancel(single.getId(), single.getVersion(), "Vrijwilliger ziek"));
        page.navigate("/public/centres/huis-van-de-wijk-de-nude/programme.html?week=" + booked);
        Locator cancelled = page.locator("tr.cancelled");
        assertThat(cancelled).containsText("Taalcafé");
        assertThat(cancelled.locator(".status")).hasText("Vervalt");
        assertThat(cancelled.locator("s").first()).hasCSS("text-decoration-line", "line-through");
        assertThat(page.locator("body")).not().containsText("Vrijwilliger ziek");
        // a plain HTML page: no Vaadin round trip to wait for, as screenshot() does
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programme-print-cancelled.png"))
                .setFullPage(true));
    }

    private void openPlanForm() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        assertThat(page.locator(".session-form")).isVisible();
    }

    private void planSingle(LocalDate day, String from, String to) {
        openPlanForm();
        Locator form = page.locator(".session-form");
        chooseRoom("Vergaderkamer");
        fillDate(form.getByLabel("Datum"), day);
        fillTime(form.getByLabel("Begintijd"), from);
        fillTime(form.getByLabel("Eindtijd"), to);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inplannen")).click();
    }

    private void chooseRoom(String name) {
        page.locator("vaadin-select.session-room").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(name)).click();
    }

    private void fillDate(Locator input, LocalDate day) {
        input.fill(day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear());
        input.press("Enter");
    }

    private void fillTime(Locator input, String time) {
        input.fill(time);
        input.press("Enter");
    }
}
