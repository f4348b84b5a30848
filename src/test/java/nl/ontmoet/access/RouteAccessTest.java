package nl.ontmoet.access;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.ontmoet.access.AccessTable.Cell;
import nl.ontmoet.access.AccessTable.Row;
import nl.ontmoet.access.AccessTable.Subject;
import nl.ontmoet.base.ui.NotFoundPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens every route of the access table as each role, the way the router does for a real user, and checks that it
 * opens or shows "niet gevonden" as the table says. A route with a centre, record or coordinator in its address is
 * opened with the caller's own one (the demo centre De Nude, which `coordinator` runs and whose coordinator `coach`
 * coaches) and with someone else's (De Pomhorst, of `coordinator2`): {@code own} must open the first and refuse the
 * second, {@code yes} must open both, {@code no} must refuse the first.
 */
@SpringBootTest
@Transactional
class RouteAccessTest extends SpringBrowserlessTest {

    private static final Pattern PARAMETER = Pattern.compile("/:(\\w+)(\\?)?");
    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final String POMHORST = "wijkcentrum-de-pomhorst";

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> others = new HashMap<>();

    @BeforeEach
    void demoRecords() {
        own.put("centre", NUDE);
        others.put("centre", POMHORST);
        own.put("application", id("select id from subsidy_application where title = 'Zomerprogramma voor ouderen'"));
        others.put("application", id("select id from subsidy_application where title = 'Wijkkrant De Pomhorst'"));
        own.put("activity", id("select min(a.id) from activity a join centre c on c.id = a.centre_id where c.slug = '" + NUDE + "'"));
        others.put("activity", id("select min(a.id) from activity a join centre c on c.id = a.centre_id where c.slug = '" + POMHORST + "'"));
        own.put("session", id("select min(s.id) from coaching_session s join coaching_session_participant p on p.session_id = s.id "
                + "join user_account u on u.id = p.coordinator_id where u.username = 'coordinator'"));
        own.put("coordinator", id("select id from user_account where username = 'coordinator'"));
        others.put("coordinator", id("select id from user_account where username = 'coordinator2'"));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_what_the_table_says() {
        assertRoutesAsInTheTable(Subject.ADMIN);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_opens_what_the_table_says() {
        assertRoutesAsInTheTable(Subject.MANAGER);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_opens_what_the_table_says() {
        assertRoutesAsInTheTable(Subject.COACH);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_opens_what_the_table_says() {
        assertRoutesAsInTheTable(Subject.COORDINATOR);
    }

    private void assertRoutesAsInTheTable(Subject subject) {
        var wrong = new ArrayList<String>();
        for (Row row : AccessTable.read().routes()) {
            Cell expected = row.cell(subject);
            String ownAddress = address(row.what(), own).orElseThrow();
            check(row, subject, ownAddress, expected != Cell.NO, wrong);
            if (expected != Cell.NO && PARAMETER.matcher(row.what()).results().anyMatch(p -> p.group(2) == null)) {
                address(row.what(), others).ifPresent(othersAddress ->
                        check(row, subject, othersAddress, expected == Cell.YES, wrong));
            }
        }
        assertThat(wrong).as(() -> "Routes that do not behave as the access table in " + AccessTable.DOCUMENT
                + " says, for " + subject + ":\n" + String.join("\n", wrong)).isEmpty();
    }

    private void check(Row row, Subject subject, String address, boolean shouldOpen, List<String> wrong) {
        String outcome;
        try {
            UI.getCurrent().navigate(address);
            var view = getCurrentView();
            outcome = view instanceof NotFoundPage<?> ? "refused" : "opened " + view.getClass().getSimpleName();
        } catch (RuntimeException e) {
            outcome = "failed with " + e;
        }
        if (shouldOpen != outcome.startsWith("opened")) {
            wrong.add("  " + AccessTable.DOCUMENT + ":" + row.line() + " " + row.what() + " says " + row.cell(subject).text()
                    + "; " + address + " should " + (shouldOpen ? "open" : "be refused") + " but " + outcome);
        }
    }

    /** The route's address with the given values; empty when the route has a parameter without a value. */
    private static Optional<String> address(String route, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(route);
        var address = new StringBuilder();
        boolean complete = true;
        while (matcher.find()) {
            String value = matcher.group(2) != null ? "" : values.get(matcher.group(1));
            complete &= value != null;
            matcher.appendReplacement(address, value == null || value.isEmpty() ? "" : "/" + value);
        }
        matcher.appendTail(address);
        String path = address.substring(1);
        return complete ? Optional.of(path) : Optional.empty();
    }

    private String id(String query) {
        return String.valueOf(jdbc.queryForObject(query, Long.class));
    }
}
