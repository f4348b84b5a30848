package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.dashboard.service.AdminTodayService;
import nl.ontmoet.dashboard.service.ManagerTodayService;
import nl.ontmoet.dashboard.service.TodayService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "Vandaag", where everyone lands: per role what needs doing, as counts that link to the screen where it is done.
 * A coordinator sees the centre they opened last.
 */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TodayService today;
    private final ManagerTodayService managerToday;
    private final AdminTodayService adminToday;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeView(TodayService today, ManagerTodayService managerToday, AdminTodayService adminToday,
             CentreService centres, CurrentUser currentUser, Clock clock) {
        this.today = today;
        this.managerToday = managerToday;
        this.adminToday = adminToday;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("view", "home-view", "today-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var me = currentUser.require();
        add(new Paragraph(getTranslation("today.greeting", me.getDisplayName(),
                        Formats.current().longDate(LocalDate.now(clock)))));
        boolean any = false;
        if (me.hasRole(Role.COORDINATOR)) {
            any = true;
            var last = centres.lastUsed();
            add(last.isPresent() ? new CoordinatorTodaySection(today, last.get())
                    : CoordinatorTodaySection.noCentre(this));
        }
        if (me.hasRole(Role.COACH)) {
            any = true;
            add(new CoachTodaySection(today.coach()));
        }
        if (me.hasRole(Role.MANAGER)) {
            any = true;
            add(new ManagerTodaySection(managerToday));
        }
        if (me.hasRole(Role.ADMIN)) {
            any = true;
            add(new AdminTodaySection(adminToday.admin(), clock.getZone()));
        }
        if (!any) {
            add(new Paragraph(getTranslation("home.nothingYet")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }
}
