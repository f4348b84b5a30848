package nl.ontmoet.volunteer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class VolunteerAllowanceViewTest extends SpringBrowserlessTest {

    static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    VolunteerService volunteerService;
    @Autowired
    CentreRepository centres;

    long register(String name, String other) {
        var d = new VolunteerDetails();
        d.setName(name);
        d.setDateOfBirth(LocalDate.of(1990, 2, 2));
        d.setStartDate(LocalDate.of(2024, 1, 1));
        d.setStatus(VolunteerStatus.ACTIEF);
        d.setOtherAllowancePerMonth(new BigDecimal(other));
        return volunteerService.save(centres.findBySlug(NUDE).orElseThrow().getId(), d).getVolunteerId();
    }

    VolunteerAllowanceSection open(long id) {
        navigate(VolunteersView.class, Map.of("centre", NUDE, "volunteer", String.valueOf(id)));
        return $(VolunteerAllowanceSection.class).single();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_enters_and_approves_hours_pays_per_hour_and_reads_a_refusal_at_the_field() {
        long id = register("Bas Browserless", "0");
        var section = open(id);
        var hours = section.hours;
        test(hours.workDate).setValue(LocalDate.of(2025, 5, 6));
        test(hours.task).setValue("Kookcafé");
        test(hours.hours).setValue(new BigDecimal("3.5"));
        test(hours.add).click();
        assertThat(hours.month.getValue()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(test(hours.grid).size()).isEqualTo(1);
        assertThat(test(hours.grid).getCellText(0, 3)).isEqualTo("Nog niet goedgekeurd");
        test(hours.approveMonth).click();
        assertThat(test(hours.grid).getCellText(0, 3)).isEqualTo("Goedgekeurd");

        test(section.tabs).select("Vergoedingen");
        roundTrip();
        var payments = section.payments;
        assertThat(payments.overrideReason.isVisible()).isFalse();
        test(payments.paymentDate).setValue(LocalDate.of(2025, 5, 31));
        test(payments.kind).selectItem("Per uur");
        assertThat(payments.hours.getSelectedItems()).hasSize(1);
        assertThat(payments.hoursChosen.getText()).startsWith("Deze vergoeding betaalt de aangevinkte uren: 3,5 uur.");
        test(payments.rate).setValue(new BigDecimal("5.70"));
        test(payments.pay).click();
        // one click does not commit money: the sum is shown first
        assertThat(confirm()).isEqualTo("3,5 uur × € 5,70 = € 19,95. Het bedrag wordt geboekt en telt mee voor mei 2025.");
        assertThat(payments.rate.isInvalid()).isTrue();
        assertThat(payments.rate.getErrorMessage()).startsWith("Deze betaling is € 0,35 hoger dan het uurmaximum "
                + "toestaat: voor deze uren mag ten hoogste € 19,60 worden betaald");
        test(payments.rate).setValue(new BigDecimal("5.60"));
        test(payments.pay).click();
        confirm();
        assertThat(test(payments.grid).size()).isEqualTo(1);
        assertThat(test(payments.grid).getCellText(0, 4)).isEqualTo("€ 19,60");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Vergoeding van € 19,60 betaald en geboekt.");
        assertThat(test(payments.hours).size()).isZero();
        assertThat(payments.taxable.isVisible()).isFalse();
    }

    /** Confirms the open confirmation and returns what it said. */
    String confirm() {
        var dialog = $(ConfirmDialog.class).last();
        assertThat(dialog.isOpened()).isTrue();
        var text = dialog.getElement().getProperty("message");
        test(dialog).confirm();
        return text;
    }

    @Test
    @WithUserDetails("coordinator")
    void a_reimbursement_with_its_receipt_is_listed_apart_from_the_allowances() {
        long id = register("Rita Reiskosten", "0");
        var section = open(id);
        test(section.tabs).select("Onkosten");
        roundTrip();
        var costs = section.reimbursements;
        test(costs.paymentDate).setValue(LocalDate.of(2025, 4, 10));
        test(costs.amount).setValue(new BigDecimal("12.40"));
        test(costs.description).setValue("Verf voor het decor");
        test(costs.reimburse).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Voeg de bon of factuur toe: alleen werkelijke kosten met een bon worden vergoed.");
        costs.receiptChosen("bon.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        test(costs.reimburse).click();
        assertThat(confirm()).isEqualTo("€ 12,40 voor Verf voor het decor. Dit wordt geboekt als onkostenvergoeding "
                + "en telt niet mee voor de maxima.");
        assertThat(test(costs.grid).size()).isEqualTo(1);
        assertThat(test(costs.grid).getCellText(0, 1)).isEqualTo("Verf voor het decor");
        assertThat(test(section.payments.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_pays_over_the_month_limit_with_a_reason_shown_with_an_icon_and_text() {
        long id = register("Anna Admin", "0");
        var section = open(id);
        test(section.tabs).select("Vergoedingen");
        roundTrip();
        var payments = section.payments;
        assertThat(payments.overrideReason.isVisible()).isTrue();
        test(payments.paymentDate).setValue(LocalDate.of(2025, 6, 30));
        test(payments.kind).selectItem("Vast bedrag");
        test(payments.amount).setValue(new BigDecimal("230"));
        test(payments.pay).click();
        confirm();
        assertThat(payments.amount.getErrorMessage()).isEqualTo("Deze betaling overschrijdt het maandmaximum van "
                + "€ 210,00 met € 20,00. Deze maand kan nog € 210,00 worden betaald.");
        assertThat(test(payments.grid).size()).isZero();
        assertThat(payments.overrideReason.getHelperText()).contains("het hele bedrag van dat jaar, bij alle centra "
                + "samen, belast inkomen");
        test(payments.overrideReason).setValue("Reiskosten festival");
        test(payments.pay).click();
        assertThat(confirm()).endsWith("Let op: deze betaling gaat boven een maximum. Daardoor is het hele bedrag van "
                + "dit jaar, bij alle centra samen, belast inkomen voor de vrijwilliger.");
        assertThat(test(payments.grid).size()).isEqualTo(1);
        assertThat(test(payments.grid).getCellText(0, 5))
                .isEqualTo("Boven maximum, goedgekeurd door admin: Reiskosten festival");
        assertThat(payments.taxable.isVisible()).isTrue();
        assertThat(payments.taxable.getElement().getTextRecursively()).isEqualTo("In 2025 is boven een maximum betaald "
                + "(met toestemming van de beheerder). De Belastingdienst ziet daardoor het hele bedrag van 2025, "
                + "€ 230,00 bij alle centra samen, als belast inkomen en niet als belastingvrije vrijwilligersvergoeding.");

        var overview = navigate(VolunteerAllowancesView.class, Map.of("centre", NUDE));
        test(overview.year).selectItem("2025");
        assertThat(overview.overGrid.isVisible()).isTrue();
        assertThat(test(overview.overGrid).size()).isEqualTo(1);
        assertThat(test(overview.overGrid).getCellText(0, 0)).isEqualTo("Anna Admin");
        assertThat(test(overview.overGrid).getCellText(0, 3)).isEqualTo("11,0 % – hele jaarbedrag belast");
        assertThat(overview.overIntro.getText()).contains("hun hele bedrag van 2025, bij alle centra samen, als belast");
        navigate(VolunteersView.class, Map.of("centre", NUDE, "volunteer", String.valueOf(id)));
        payments = $(VolunteerAllowanceSection.class).single().payments;
        assertThat(payments.kind.getValue()).isEqualTo(PaymentKind.FIXED);
    }
}
