package nl.ontmoet.subsidy;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.ApplicationInput;
import nl.ontmoet.subsidy.service.ReportInput;
import nl.ontmoet.subsidy.service.SchemeInput;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;

/** Test helper: acts as a given user and creates schemes and applications through the real services. */
@Component
@RequiredArgsConstructor
public class SubsidyFixture {

    public static final String NUDE = "huis-van-de-wijk-de-nude";
    public static final String POMHORST = "wijkcentrum-de-pomhorst";
    /** Grants below this amount of a fixture scheme are settled at once. */
    public static final String REPORT_THRESHOLD = "500";
    public static final LocalDate REPORT_DUE = TestClock.TODAY.plusMonths(6);
    public static final String REGULATION = "Subsidieverordening welzijn 2026";

    private final TestUsers users;
    private final UserAccountRepository accounts;
    private final CentreRepository centres;
    private final SubsidySchemeService schemes;
    private final SubsidyDraftService drafts;
    private final SubsidyDecisionService decisions;

    public <T> T as(String username, Supplier<T> action) {
        return users.as(username, action);
    }

    public void as(String username, Runnable action) {
        users.as(username, action);
    }

    public void logInOnThisThread(String username) {
        users.logInOnThisThread(username);
    }

    public UserAccount account(String username, Role... roles) {
        return accounts.findByUsername(username).orElseGet(() -> {
            var account = new UserAccount(username, "Test " + username);
            account.setPasswordHash("{noop}x");
            account.setRoles(EnumSet.copyOf(java.util.List.of(roles)));
            return accounts.save(account);
        });
    }

    public long centre(String slug) {
        return centres.findBySlug(slug).orElseThrow().getId();
    }

    /** A scheme whose window is open today. */
    public SubsidyScheme scheme(String name, String ceiling) {
        var input = new SchemeInput();
        input.setName(name);
        input.setYear(TestClock.TODAY.getYear());
        input.setCeiling(new BigDecimal(ceiling));
        input.setOpensOn(TestClock.TODAY.minusDays(10));
        input.setClosesOn(TestClock.TODAY.plusDays(10));
        input.setReportThreshold(new BigDecimal(REPORT_THRESHOLD));
        input.setReportDeadline(REPORT_DUE);
        input.setRegulation(REGULATION);
        input.setArticle("artikel 4");
        return as("manager", () -> schemes.save(input));
    }

    public static ApplicationInput complete(SubsidyScheme scheme, String title, String amount) {
        var input = new ApplicationInput();
        input.setScheme(scheme);
        input.setTitle(title);
        input.setRequestedAmount(new BigDecimal(amount));
        input.setPurpose("Buren met elkaar in contact brengen");
        input.setActivityPlan("Elke week een activiteit");
        input.setExpectedActivities(40);
        input.setExpectedVisitors(400);
        input.setExpectedVolunteers(8);
        return input;
    }

    /** A complete accountability report without cost lines. */
    public static ReportInput report(int activities, int visitors, int volunteers) {
        var input = new ReportInput();
        input.setActualActivities(activities);
        input.setActualVisitors(visitors);
        input.setActualVolunteers(volunteers);
        input.setExplanation("Het programma liep goed; iets minder bezoekers in de zomer.");
        return input;
    }

    /** A complete draft of De Nude written by {@code coordinator}. */
    public long draft(SubsidyScheme scheme, String title, String amount) {
        return as("coordinator", () -> drafts.saveDraft(centre(NUDE), null, complete(scheme, title, amount))
                .getId());
    }

    /** A submitted application of De Nude granted in full by {@code manager}, with a report due. */
    public long granted(SubsidyScheme scheme, String title, String amount) {
        long id = submitted(scheme, title, amount);
        as("manager", () -> decisions.grant(id, new BigDecimal(amount), "Voorwaarde", null, REPORT_DUE));
        return id;
    }

    public long submitted(SubsidyScheme scheme, String title, String amount) {
        long id = draft(scheme, title, amount);
        as("coordinator", () -> drafts.submit(id));
        return id;
    }
}
