package nl.ontmoet.centre.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import nl.ontmoet.centre.service.LegalEntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class LegalEntityViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final String POMHORST = "wijkcentrum-de-pomhorst";

    @Autowired
    LegalEntityRepository entities;
    @Autowired
    CentreRepository centres;
    @Autowired
    LegalEntityService service;
    @Autowired
    JdbcTemplate jdbc;

    /** What the database holds, not the persistence context the form edited. */
    private String stored(String column) {
        return jdbc.queryForObject("select " + column + " from centre_legal_entity where centre_id = ?", String.class,
                centre(NUDE));
    }

    private long centre(String slug) {
        return centres.findBySlug(slug).orElseThrow().getId();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_is_refused_a_kvk_number_without_eight_digits_at_the_field_and_nothing_changes() {
        var view = navigate(LegalEntityView.class, Map.of("centre", NUDE));
        test(view.form.kvkNumber).setValue("4105231");
        test(view.form.save).click();
        assertThat(view.form.kvkNumber.isInvalid()).isTrue();
        assertThat(view.form.kvkNumber.getErrorMessage()).isEqualTo("Een KvK-nummer bestaat uit precies acht cijfers.");
        assertThat(stored("kvk_number")).isEqualTo("41052317");

        test(view.form.kvkNumber).setValue("41O52317");
        test(view.form.save).click();
        assertThat(view.form.kvkNumber.getErrorMessage()).isEqualTo("Een KvK-nummer bestaat uit precies acht cijfers.");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_is_refused_an_iban_with_a_wrong_check_digit_at_the_field_and_nothing_changes() {
        var view = navigate(LegalEntityView.class, Map.of("centre", NUDE));
        test(view.form.iban).setValue("NL04RABO0312456789");
        test(view.form.save).click();
        assertThat(view.form.iban.isInvalid()).isTrue();
        assertThat(view.form.iban.getErrorMessage())
                .isEqualTo("Dit IBAN klopt niet: de controlecijfers kloppen niet. Controleer het nummer.");
        assertThat(stored("iban")).isEqualTo("NL03RABO0312456789");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_saves_a_changed_legal_entity_with_the_iban_written_compactly() {
        var view = navigate(LegalEntityView.class, Map.of("centre", NUDE));
        test(view.form.name).setValue("Stichting Wijkwerk De Nude");
        test(view.form.iban).setValue("nl25 ingb 0145 6789 23");
        test(view.form.postalCode).setValue("6700ac");
        test(view.form.save).click();
        var stored = entities.findByCentreId(centre(NUDE)).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Stichting Wijkwerk De Nude");
        assertThat(stored.getIban()).isEqualTo("NL25INGB0145678923");
        assertThat(stored.getPostalCode()).isEqualTo("6700 AC");
    }

    @Test
    @WithUserDetails("coordinator")
    void its_coordinator_reads_the_legal_entity_but_cannot_change_it() {
        var view = navigate(LegalEntityView.class, Map.of("centre", NUDE));
        assertThat(view.form.kvkNumber.getValue()).isEqualTo("41052317");
        assertThat(view.form.kvkNumber.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        var entity = service.of(centre(NUDE)).orElseThrow();
        entity.setName("Anders");
        assertThatThrownBy(() -> service.save(entity)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_of_another_centre_gets_not_found() {
        navigate("centres/" + POMHORST + "/beheerder", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> service.of(centre(POMHORST))).isInstanceOf(RecordNotFoundException.class);
    }
}
