package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.spring.annotation.SpringComponent;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.ReimbursementService;
import nl.ontmoet.volunteer.service.StatementService;
import org.springframework.context.annotation.Scope;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The hours, allowances and reimbursed costs of one volunteer at one centre, shown under the register form as tabs. A
 * prototype bean so that the register view only has to ask for it (its constructor stays as it is).
 */
@SpringComponent
@Scope("prototype")
public class VolunteerAllowanceSection extends Div {

    private final HoursService hoursService;
    private final PaymentService paymentService;
    private final StatementService statementService;
    private final ReimbursementService reimbursementService;
    private final FormErrors formErrors;
    private final Clock clock;
    final TabSheet tabs = new TabSheet();
    VolunteerHoursPanel hours;
    VolunteerPaymentsPanel payments;
    VolunteerReimbursementsPanel reimbursements;

    VolunteerAllowanceSection(HoursService hoursService, PaymentService paymentService,
                              StatementService statementService, ReimbursementService reimbursementService,
                              FormErrors formErrors, Clock clock) {
        this.reimbursementService = reimbursementService;
        this.hoursService = hoursService;
        this.paymentService = paymentService;
        this.statementService = statementService;
        this.formErrors = formErrors;
        this.clock = clock;
        addClassName("volunteer-allowance-section");
    }

    public VolunteerAllowanceSection show(long centreId, long volunteerId) {
        int thisYear = LocalDate.now(clock).getYear();
        var statements = new Div();
        statements.addClassName("volunteer-statement-links");
        for (int year : new int[]{thisYear, thisYear - 1}) {
            statements.add(statementLink(centreId, volunteerId, year));
        }
        payments = new VolunteerPaymentsPanel(paymentService, formErrors, clock, centreId, volunteerId, statements);
        hours = new VolunteerHoursPanel(hoursService, formErrors, clock, centreId, volunteerId, () -> {
            if (payments != null) {
                payments.refreshHours();
            }
        });
        tabs.add(getTranslation("volunteer.hours.title"), hours);
        reimbursements = new VolunteerReimbursementsPanel(reimbursementService, paymentService, formErrors, clock,
                centreId, volunteerId);
        tabs.add(getTranslation("volunteer.payment.title"), payments);
        tabs.add(getTranslation("volunteer.reimbursement.title"), reimbursements);
        tabs.setWidthFull();
        add(tabs);
        return this;
    }

    private Anchor statementLink(long centreId, long volunteerId, int year) {
        return Downloads.link(getTranslation("volunteer.payment.statement", String.valueOf(year)),
                () -> statementService.statement(centreId, volunteerId, year));
    }
}
