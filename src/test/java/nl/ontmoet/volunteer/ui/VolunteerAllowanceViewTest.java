package nl.ontmoet.volunteer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
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
        assertThat(payments.rate.getHelperText()).isEqualTo("Goedgekeurde uren in mei 2025: 3,5");
        test(payments.rate).setValue(new BigDecimal("5.70"));
        test(payments.pay).click();
        assertThat(payments.rate.isInvalid()).isTrue();
        assertThat(payments.rate.getErrorMessage()).isEqualTo("Het uurtarief is hoger dan het maximum van € 5,60 per "
                + "uur voor een vrijwilliger van 21 jaar of ouder op de betaaldatum.");
        test(payments.rate).setValue(new BigDecimal("5.60"));
        test(payments.pay).click();
        assertThat(test(payments.grid).size()).isEqualTo(1);
        assertThat(test(payments.grid).getCellText(0, 4)).isEqualTo("€ 19,60");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Vergoeding van € 19,60 betaald en geboekt.");
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
        assertThat(payments.amount.getErrorMessage()).isEqualTo("Deze betaling overschrijdt het maandmaximum van "
                + "€ 210,00 met € 20,00. Deze maand kan nog € 210,00 worden betaald.");
        assertThat(test(payments.grid).size()).isZero();
        test(payments.overrideReason).setValue("Reiskosten festival");
        test(payments.pay).click();
        assertThat(test(payments.grid).size()).isEqualTo(1);
        assertThat(test(payments.grid).getCellText(0, 5))
                .isEqualTo("Boven maximum, goedgekeurd door admin: Reiskosten festival");
        assertThat(payments.kind.getValue()).isEqualTo(PaymentKind.FIXED);
    }
}
