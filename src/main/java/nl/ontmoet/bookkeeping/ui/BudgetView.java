package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The begroting of a centre-year ({@link BudgetEditor}), the jaarafsluiting ({@link YearCloseActions}) and
 * budget versus actual ({@link BudgetReportPanel}); after every change all three are read again.
 */
@Route("centres/:centre/budget/:year?")
@PermitAll
@StyleSheet("context://public/bookkeeping.css")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class BudgetView extends CentreScopedView {

    private final BudgetService budgetService;
    private final Clock clock;
    final Select<Integer> year = new Select<>();
    final YearCloseActions yearClose;
    final BudgetEditor editor;
    final BudgetReportPanel reportPanel;
    private int shownYear;

    BudgetView(CentreService centreService, BudgetService budgetService, YearCloseService yearCloseService,
               ExportService exportService, FormErrors formErrors, ErrorMessages errorMessages,
               CurrentUser currentUser, Clock clock) {
        super(centreService);
        this.budgetService = budgetService;
        this.clock = clock;
        addClassName("budget-view");
        yearClose = new YearCloseActions(yearCloseService, formErrors, errorMessages, currentUser, clock, this::show);
        editor = new BudgetEditor(budgetService, formErrors, errorMessages, this::show);
        reportPanel = new BudgetReportPanel(budgetService, exportService);

        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("bookkeeping.budget.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().toList());
        year.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(BudgetView.class, new RouteParameters(Map.of(CENTRE_PARAMETER,
                        centre().getSlug(), "year", String.valueOf(change.getValue()))));
            }
        });
        yearClose.addComponentAsFirst(year);
    }

    @Override
    protected void render(Centre centre) {
        var today = LocalDate.now(clock);
        shownYear = routeParameters().getInteger("year").orElse(today.getYear());
        year.setValue(shownYear);
        reportPanel.select(centre.getId(), shownYear, shownYear == today.getYear() ? today.getMonthValue() : 12);
        show();
    }

    /** (Re)builds the page from the database: status, budget and report. */
    private void show() {
        removeAll();
        long centreId = centre().getId();
        var data = budgetService.budget(centreId, shownYear);
        boolean canEdit = budgetService.canEdit(centreId);
        yearClose.show(centre().getSlug(), centreId, shownYear, data.closed(), canEdit);
        editor.show(data, budgetService.expectedIncome(centreId, shownYear), canEdit && !data.closed());
        reportPanel.show(centreId, shownYear);
        add(yearClose, editor, reportPanel);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.budget";
    }
}
