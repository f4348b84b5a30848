package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import nl.ontmoet.account.ui.UsersView;
import nl.ontmoet.audit.ui.AuditLogView;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.dashboard.service.AdminToday;
import nl.ontmoet.volunteer.ui.AllowanceLimitsView;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static nl.ontmoet.dashboard.ui.TodayCards.card;

/** An admin's day: allowance limits to enter, blocked accounts and refused logins. */
class AdminTodaySection extends Div {

    AdminTodaySection(AdminToday today, ZoneId zone) {
        addClassName("today-admin");
        var none = RouteParameters.empty();
        var limits = today.missingLimitsYear() == null
                ? card("limits-missing", "✓", getTranslation("today.limitsComplete"), null, false,
                AllowanceLimitsView.class, none)
                : card("limits-missing", String.valueOf(today.missingLimitsYear()),
                getTranslation("today.limitsMissingFor"), null, true, AllowanceLimitsView.class, none);
        var cards = TodayCards.grid(limits,
                card("blocked", today.blockedAccounts(), getTranslation("today.blocked"), false, UsersView.class,
                        none),
                card("failed-logins", today.failedLoginsThisWeek(), getTranslation("today.failedLogins"), true,
                        AuditLogView.class, none));
        var recent = new UnorderedList();
        recent.addClassName("today-failed-logins");
        today.recentFailedLogins().forEach(login -> recent.add(new ListItem(
                Formats.current().dateTime(LocalDateTime.ofInstant(login.at(), zone)) + " – " + login.username())));
        add(TodayCards.section(getTranslation("today.admin"), cards, recent));
    }
}
