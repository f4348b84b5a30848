package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.service.LegalEntityService;
import nl.ontmoet.subsidy.domain.LetterInfo;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.service.SubsidyLetterService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every decision issues its letter when it is taken: read back from the stored PDF (legal basis, reasons, kenmerk,
 * the legal entity as addressee, amounts, mandate and objection clause), never rebuilt, dated in Amsterdam, PDF/A-2b,
 * and readable only by who may read the application. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyLetterIT extends SubsidyServicesBase {

    /** 16-11-2026 plus six weeks is Monday 28-12-2026. */
    private static final String SENT = "16-11-2026";
    private static final String OBJECTION_ENDS = "28-12-2026";

    @Autowired
    SubsidyLetterService letters;
    @Autowired
    LegalEntityService legalEntities;
    @Autowired
    TestClock clock;

    @Override
    protected String schemeCeiling() {
        return "20000";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_partial_grant_letter_says_everything_a_decision_must_say() {
        long id = fixture.submitted(scheme, "Brief: kookclub voor buren", "4800");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("4250.50"),
                "Vermeld de gemeente op de flyers", "De huur van de keuken valt buiten de regeling.", REPORT_DUE));

        var issued = only(id);
        assertThat(issued.kind()).isEqualTo(LetterKind.GRANT);
        assertThat(issued.reference()).isEqualTo("SUB-2026-%06d-V1".formatted(id));
        assertThat(issued.sentOn()).isEqualTo(TestClock.TODAY);
        String text = letterText(id, issued);
        assertThat(text).contains("Gemeente Ontmoet", "Beschikking verlening subsidie",
                "Stichting Huis van de Wijk De Nude", "KvK-nummer 41052317", "Postbus 112", "6700 AC Wageningen",
                "Ons kenmerk " + issued.reference(), "Datum " + SENT, "Brief: kookclub voor buren",
                "artikel 4 van de " + SubsidyFixture.REGULATION, "Motivering",
                "De huur van de keuken valt buiten de regeling.", "€ 4.800,00", "€ 4.250,50",
                "Vermeld de gemeente op de flyers", "Dien uiterlijk op 16-05-2027 uw verantwoording in",
                "werkelijke kosten per kostensoort", "Bezwaar maken", "binnen zes weken",
                "begint op 17-11-2026 en eindigt op " + OBJECTION_ENDS,
                "namens het college van burgemeester en wethouders van Gemeente Ontmoet", "Mark de Vries",
                "beleidsmedewerker subsidies");
        assertThat(text).doesNotContain("Vaststelling zonder verantwoording");
        for (String reader : List.of("manager", "coach", "admin", "coordinator")) {
            assertThat(fixture.as(reader, () -> letters.letters(id))).containsExactly(issued);
        }
    }

    @Test
    void a_coordinator_of_another_centre_gets_not_found_for_letters() {
        long id = fixture.submitted(scheme, "Brief: niet voor de buren", "800");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("800"), null, null, REPORT_DUE));
        long letter = only(id).id();
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> letters.letters(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> letters.download(id, letter)))
                .isInstanceOf(RecordNotFoundException.class);
        long other = fixture.submitted(scheme, "Brief: een andere aanvraag", "700");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> letters.download(other, letter)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_grant_below_the_threshold_is_granted_and_settled_in_one_letter_without_a_report() {
        long id = fixture.submitted(scheme, "Brief: klein initiatief", "300");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("300"), null, null, null));
        var issued = only(id);
        assertThat(issued.kind()).isEqualTo(LetterKind.GRANT_AND_SETTLEMENT);
        assertThat(issued.reference()).endsWith("-VV1");
        String text = letterText(id, issued);
        assertThat(text).contains("Beschikking verlening en vaststelling subsidie", "Vaststelling zonder verantwoording",
                "U hoeft geen verantwoording in te dienen", "€ 300,00", "Bezwaar maken", "zes weken",
                "KvK-nummer 41052317", "artikel 4 van de " + SubsidyFixture.REGULATION);
        assertThat(text).doesNotContain("beoordeeld", "Dien uiterlijk", "Motivering");
    }

    @Test
    void a_rejection_gets_a_letter_with_its_reasons_and_the_objection_clause() {
        long id = fixture.submitted(scheme, "Brief: afgewezen", "2500");
        fixture.as("manager", () -> decisions.reject(id, "Een feest valt buiten de regeling."));
        assertThat(jdbc.queryForObject("select decision_reason from subsidy_application where id = ?", String.class,
                id)).isEqualTo("Een feest valt buiten de regeling.");
        var issued = only(id);
        assertThat(issued.kind()).isEqualTo(LetterKind.REJECTION);
        assertThat(issued.reference()).endsWith("-A1");
        assertThat(letterText(id, issued)).contains("Beschikking afwijzing subsidieaanvraag",
                "Wij wijzen uw aanvraag af", "Motivering", "Een feest valt buiten de regeling.", "€ 2.500,00",
                "Stichting Huis van de Wijk De Nude", "KvK-nummer 41052317", "Bezwaar maken", OBJECTION_ENDS,
                "artikel 4 van de " + SubsidyFixture.REGULATION, "namens het college van burgemeester en wethouders");
    }

    @Test
    void a_settlement_after_the_report_gets_its_own_letter_with_amounts_and_reasons() {
        long id = fixture.granted(scheme, "Brief: vaststelling", "5000");
        fixture.as("coordinator", () -> reports.submit(id, report(20, 200, 4)));
        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("3800"), "Twee activiteiten vervielen"));
        var all = fixture.as("coordinator", () -> letters.letters(id));
        assertThat(all).extracting(LetterInfo::kind).containsExactly(LetterKind.GRANT, LetterKind.SETTLEMENT);
        var settlement = all.get(1);
        assertThat(settlement.reference()).isEqualTo("SUB-2026-%06d-S2".formatted(id));
        assertThat(letterText(id, settlement)).contains("Beschikking vaststelling subsidie",
                "Wij hebben uw verantwoording beoordeeld", "€ 5.000,00", "€ 3.800,00", "Nog te betalen",
                "Twee activiteiten vervielen", "Stichting Huis van de Wijk De Nude", "Bezwaar maken", "zes weken");
    }

    @Test
    void an_issued_letter_stays_byte_for_byte_the_same_after_the_scheme_and_the_legal_entity_change() {
        long id = fixture.submitted(scheme, "Brief: blijft zoals verzonden", "1500");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("1500"), "Oude voorwaarde", null, REPORT_DUE));
        var issued = only(id);
        byte[] sent = fixture.as("coordinator", () -> letters.download(id, issued.id())).content();

        var edit = fixture.as("manager", () -> schemes.edit(scheme.getId()));
        edit.setConditions("Nieuwe voorwaarden na de verlening");
        edit.setRegulation("Nieuwe verordening 2027");
        fixture.as("manager", () -> schemes.save(edit));
        fixture.as("admin", () -> {
            var entity = legalEntities.forEdit(fixture.centre(NUDE));
            entity.setName("Stichting Nieuwe Naam");
            entity.setKvkNumber("99999999");
            legalEntities.save(entity);
        });
        entityManager.flush();
        entityManager.clear();

        byte[] later = fixture.as("coordinator", () -> letters.download(id, issued.id())).content();
        assertThat(later).isEqualTo(sent);
        assertThat(text(later)).contains("Stichting Huis van de Wijk De Nude", "Oude voorwaarde")
                .doesNotContain("Stichting Nieuwe Naam", "Nieuwe verordening");
        assertThatThrownBy(() -> jdbc.update("update subsidy_letter set content = ? where id = ?", new byte[]{1},
                issued.id())).hasMessageContaining("subsidy_letter is append-only");
    }

    @Test
    void a_letter_made_half_an_hour_after_midnight_in_amsterdam_carries_that_day() {
        long id = fixture.submitted(scheme, "Brief: na middernacht", "900");
        clock.set(LocalDateTime.of(2026, 11, 18, 0, 30));
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("900"), null, null, REPORT_DUE));
        var issued = only(id);
        assertThat(issued.sentOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(letterText(id, issued)).contains("Datum 18-11-2026", "begint op 19-11-2026 en eindigt op 30-12-2026");
    }

    @Test
    void the_stored_letter_is_pdf_a_2b() {
        long id = fixture.submitted(scheme, "Brief: archief – ‘PDF/A’ met één € en ß", "4800");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("4000"), "Vermeld\tde gemeente",
                "Deels buiten de regeling.\nTweede regel van de motivering.", REPORT_DUE));
        byte[] pdf = fixture.as("coordinator", () -> letters.download(id, only(id).id())).content();
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void no_decision_and_no_letter_without_reasons_or_without_a_legal_entity() {
        long id = fixture.submitted(scheme, "Brief: zonder motivering", "3000");
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("2000"), null, null,
                REPORT_DUE)), "reason", "subsidy.error.partialGrantReason");
        refusedAt(() -> fixture.as("manager", () -> decisions.reject(id, " ")), "reason",
                "subsidy.error.reasonRequired");
        jdbc.update("delete from centre_legal_entity where centre_id = ?", fixture.centre(NUDE));
        assertThatThrownBy(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("3000"), null, null,
                REPORT_DUE))).isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.error.noLegalEntity");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(rows("subsidy_letter", id)).isZero();
        assertThat(fixture.as("coordinator", () -> letters.letters(id))).isEmpty();
    }

    private LetterInfo only(long applicationId) {
        entityManager.flush();
        var all = fixture.as("coordinator", () -> letters.letters(applicationId));
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private String letterText(long applicationId, LetterInfo letter) {
        return text(fixture.as("coordinator", () -> letters.download(applicationId, letter.id())).content());
    }

    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
