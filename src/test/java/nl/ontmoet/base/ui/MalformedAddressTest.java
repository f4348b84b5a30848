package nl.ontmoet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A number in an address that is not a number shows "Niet gevonden", never an error or a stack trace. */
@SpringBootTest
class MalformedAddressTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("coordinator")
    void a_year_that_is_not_a_number_is_not_found() {
        navigate("centres/huis-van-de-wijk-de-nude/budget/abc", MalformedAddressView.class);

        assertThat(getCurrentView()).isInstanceOf(MalformedAddressView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Niet gevonden");
    }

    @Test
    @WithUserDetails("coordinator")
    void an_unknown_record_and_an_unknown_address_look_the_same() {
        navigate("centres/huis-van-de-wijk-de-nude/budget/99999999999999999999", MalformedAddressView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Niet gevonden");

        navigate("no/such/page", RouteNotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Niet gevonden");
    }
}
