package nl.ontmoet.bookkeeping.statement;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.statement.BankStatement;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;
import nl.ontmoet.bookkeeping.service.statement.Fingerprints;
import nl.ontmoet.bookkeeping.service.statement.StatementReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;

import static nl.ontmoet.bookkeeping.statement.StatementSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementReaderTest {

    @Test
    void a_camt053_gives_account_balances_and_every_transaction_with_counterparty_and_reference() {
        BankStatement statement = StatementReader.read(sample("camt053-week45.xml"));

        assertThat(statement.format()).isEqualTo("CAMT.053");
        assertThat(statement.iban()).isEqualTo("NL91ABNA0417164300");
        assertThat(statement.date()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(statement.openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(statement.closingBalance()).isEqualByComparingTo("468.15");
        assertThat(statement.transactions()).hasSize(5);
        assertThat(statement.transactions().getFirst()).isEqualTo(new BankTransaction(LocalDate.of(2026, 11, 2),
                new BigDecimal("850.00"), Direction.INCOME, "Stichting Buurtbelang", "NL44RABO0123456789",
                "Zaalhuur oktober factuur 2026-114", "ABN2026110200001"));
        assertThat(statement.transactions().get(1)).isEqualTo(new BankTransaction(LocalDate.of(2026, 11, 3),
                new BigDecimal("1650.00"), Direction.EXPENSE, "Woonstichting Thuis", "NL20INGB0001234567",
                "Huur gebouw november", "ABN2026110300002"));
        assertThat(statement.transactions().get(2).description()).isEqualTo("Boodschappen kookcafé");
        assertThat(statement.transactions().get(3)).isEqualTo(new BankTransaction(LocalDate.of(2026, 11, 5),
                new BigDecimal("12.50"), Direction.EXPENSE, null, null, "Kosten betaalpakket oktober",
                "ABN2026110500004"));
    }

    @Test
    void transactions_without_reference_are_told_apart_by_their_order_and_keep_their_fingerprint_across_files() {
        var second = StatementReader.read(sample("camt053-week45-46.xml"));
        var coffee = second.transactions().get(3);
        assertThat(coffee.entryReference()).isNull();
        assertThat(coffee.amount()).isEqualByComparingTo("2.50");
        assertThat(second.closingBalance()).isEqualByComparingTo("-139.25");

        var fingerprints = Fingerprints.of(second.transactions());
        assertThat(new HashSet<>(fingerprints)).hasSize(5);
        var first = Fingerprints.of(StatementReader.read(sample("camt053-week45.xml")).transactions());
        assertThat(first.subList(3, 5)).isEqualTo(fingerprints.subList(0, 2));
    }

    @Test
    void an_mt940_gives_the_iban_without_currency_and_the_narrative_as_counterparty_and_description() {
        BankStatement statement = StatementReader.read(sample("mt940-ing.sta"));

        assertThat(statement.format()).isEqualTo("MT940");
        assertThat(statement.iban()).isEqualTo("NL35INGB0004455667");
        assertThat(statement.date()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(statement.openingBalance()).isEqualByComparingTo("1250.00");
        assertThat(statement.closingBalance()).isEqualByComparingTo("446.25");
        assertThat(statement.transactions()).containsExactly(
                new BankTransaction(LocalDate.of(2026, 11, 9), new BigDecimal("850.00"), Direction.INCOME,
                        "Stichting Buurtbelang", "NL44RABO0123456789", "Zaalhuur november factuur 2026-131",
                        "INGB26110900001"),
                new BankTransaction(LocalDate.of(2026, 11, 10), new BigDecimal("1650.00"), Direction.EXPENSE,
                        "Woonstichting Thuis", "NL20INGB0001234567", "Huur gebouw december", "INGB26111000002"),
                new BankTransaction(LocalDate.of(2026, 11, 12), new BigDecimal("3.75"), Direction.EXPENSE,
                        null, null, "Kosten zakelijk betalingsverkeer", "INGB26111200003"));
    }

    @Test
    void files_that_are_no_statement_or_are_cut_off_are_refused_as_a_whole() {
        assertRefused(sample("not-a-statement.csv"),
                "bookkeeping.statement.error.notStatement");
        assertRefused("<html><body>Inloggen bij uw bank</body></html>".getBytes(StandardCharsets.UTF_8),
                "bookkeeping.statement.error.notStatement");
        assertRefused(new byte[0], "bookkeeping.statement.error.empty");
        assertRefused(new byte[(int) StatementReader.MAX_BYTES + 1], "bookkeeping.statement.error.tooLarge");
        assertRefused(sample("camt053-truncated.xml"), "bookkeeping.statement.error.unreadable");
        assertRefused(sample("mt940-truncated.sta"), "bookkeeping.statement.error.unreadable");
    }

    @Test
    void a_statement_whose_transactions_do_not_add_up_to_its_closing_balance_is_refused() {
        String tampered = new String(sample("camt053-week45.xml"), StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"EUR\">465.00</Amt>", "<Amt Ccy=\"EUR\">456.00</Amt>");
        assertThatThrownBy(() -> StatementReader.read(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("bookkeeping.statement.error.inconsistent");
                    assertThat(refused.getArguments()).containsExactly("€ 1.000,00", "€ -540,85", "€ 468,15");
                });
    }

    @Test
    void a_camt_with_an_external_entity_is_refused_and_the_entity_is_never_read() {
        String withEntity = new String(sample("camt053-week45.xml"), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE Document [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
                .replace("Huur gebouw november", "Huur &secret;");
        assertRefused(withEntity.getBytes(StandardCharsets.UTF_8), "bookkeeping.statement.error.unreadable");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> StatementReader.read(content))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
    }
}
