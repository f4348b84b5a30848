package nl.ontmoet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import nl.ontmoet.bookkeeping.ui.LedgerView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar and the file chooser of a real screen speak Dutch, and dates read as 03-04-2025. */
@SpringBootTest
class DutchFieldsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("coordinator")
    void date_fields_and_uploads_on_a_screen_speak_dutch() {
        navigate(LedgerView.class, Map.of("centre", "huis-van-de-wijk-de-nude"));

        var dateFields = $(DateField.class).all();
        assertThat(dateFields).isNotEmpty();
        var i18n = dateFields.getFirst().getI18n();
        assertThat(i18n.getMonthNames()).startsWith("januari", "februari").endsWith("december");
        assertThat(i18n.getWeekdaysShort()).startsWith("zo", "ma");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Vandaag");
        assertThat(i18n.getDateFormats()).startsWith("dd-MM-yyyy", "d-M-yyyy");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Vul een datum in als 31-12-2026.");

        test($(Button.class).withText("Nieuwe boeking").single()).click();
        var upload = $(UploadField.class).single().getI18n();
        assertThat(upload.getAddFiles().getOne()).isEqualTo("Bestand kiezen…");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("Of sleep een bestand hierheen");
        assertThat(upload.getError().getFileIsTooBig()).isEqualTo("Dit bestand is te groot.");
    }
}
