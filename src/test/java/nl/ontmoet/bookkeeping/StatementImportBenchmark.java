package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.bookkeeping.service.ImportChoice;
import nl.ontmoet.bookkeeping.service.StatementImportService;
import nl.ontmoet.bookkeeping.service.StatementProposal;
import nl.ontmoet.bookkeeping.domain.Direction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import of a generated CAMT.053 of 10,000 transactions into an account of a ledger of 1,000,000 entries (half of
 * them imported from statements before, so with a fingerprint), then the same file again (all skipped). Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=StatementImportBenchmark}; results go to docs/benchmarks.md under
 * "## Bank statement import".
 */
@IntegrationTest
class StatementImportBenchmark {

    private static final int ENTRIES = 1_000_000;
    private static final int CENTRES = 50;
    private static final int TRANSACTIONS = 10_000;
    private static final String IBAN = "NL91ABNA0417164300";
    private static final double TARGET_MS = 10_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementImportService statements;

    @Test
    @WithUserDetails("coordinator2")
    void ten_thousand_transactions_are_imported_in_under_ten_seconds_against_a_million_entries() throws IOException {
        long generateStart = System.nanoTime();
        long centreId = generate();
        long generateSeconds = (System.nanoTime() - generateStart) / 1_000_000_000;
        byte[] file = camt(TRANSACTIONS);
        long categoryIncome = jdbc.queryForObject("select min(id) from category where direction = 'INCOME' and active",
                Long.class);
        long categoryExpense = jdbc.queryForObject("select min(id) from category where direction = 'EXPENSE' and active",
                Long.class);

        long start = System.nanoTime();
        StatementProposal proposal = statements.read(centreId, file);
        double readMs = (System.nanoTime() - start) / 1e6;
        List<ImportChoice> choices = proposal.transactions().stream().map(t -> new ImportChoice(t.line(),
                t.transaction().direction() == Direction.INCOME ? categoryIncome : categoryExpense,
                t.proposedMatchId())).toList();
        long confirmStart = System.nanoTime();
        var result = statements.confirm(centreId, proposal, choices);
        double confirmMs = (System.nanoTime() - confirmStart) / 1e6;
        double firstMs = (System.nanoTime() - start) / 1e6;

        long againStart = System.nanoTime();
        var again = statements.read(centreId, file);
        statements.confirm(centreId, again, List.of());
        double againMs = (System.nanoTime() - againStart) / 1e6;
        long total = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);

        String section = "## Bank statement import\n\n"
                + "Command: `./mvnw -Pbenchmark verify -Dit.test=StatementImportBenchmark` (class `StatementImportBenchmark`), "
                + "embedded MariaDB, " + total + " ledger entries after the import (1,000,000 generated set-based over "
                + CENTRES + " centres in " + generateSeconds + " s, half with a fingerprint); a generated CAMT.053 of "
                + TRANSACTIONS + " transactions (" + file.length / 1024 + " KB, 400 counterparties) into one account "
                + "of 20,000 entries. Measured " + LocalDate.now(java.time.Clock.system(TestClock.ZONE))
                + " on the shared 2-core machine, one run.\n\n"
                + "| step | ms | target ms |\n|---|---:|---:|\n"
                + row("read: parse with Prowide, de-duplicate, suggest categories, propose matches", readMs, "–")
                + row("confirm: " + result.created() + " entries created, " + result.matched()
                        + " matched, in one transaction", confirmMs, "–")
                + row("whole first import (read + confirm)", firstMs, String.valueOf((int) TARGET_MS))
                + row("the same file again: all " + again.skipped() + " skipped", againMs, String.valueOf((int) TARGET_MS))
                + "\n";
        write(section);
        assertThat(result.created() + result.matched()).isEqualTo(TRANSACTIONS);
        assertThat(again.skipped()).isEqualTo(TRANSACTIONS);
        assertThat(firstMs).isLessThan(TARGET_MS);
        assertThat(againMs).isLessThan(TARGET_MS);
    }

    private static String row(String step, double ms, String target) {
        return "| " + step + " | " + String.format(Locale.ROOT, "%.0f", ms) + " | " + target + " |\n";
    }

    /** A million entries over 50 centres; centre 7 is coordinated by coordinator2 and its account has the IBAN. */
    private long generate() {
        jdbc.update("""
                insert into centre (version, name, slug, district, address, active, created_by, created_at)
                select 0, concat('Afschrift centrum ', seq), concat('afschrift-centrum-', seq), 'Benchmark',
                       concat('Proefstraat ', seq), true, 'benchmark', now(6)
                from seq_1_to_50
                """);
        jdbc.update("""
                insert into ledger_account (version, centre_id, kind, name, created_by, created_at)
                select 0, id, 'BANK', 'Bankrekening', 'benchmark', now(6) from centre
                where slug like 'afschrift-centrum-%'
                """);
        long centreId = jdbc.queryForObject("select id from centre where slug = 'afschrift-centrum-7'", Long.class);
        jdbc.update("update ledger_account set iban = ? where centre_id = ?", IBAN, centreId);
        jdbc.update("insert into centre_coordinator (centre_id, coordinator_id) select ?, id from user_account"
                + " where username = 'coordinator2'", centreId);
        int chunk = 200_000;
        for (int start = 0; start < ENTRIES; start += chunk) {
            jdbc.update("""
                    insert into ledger_entry (version, centre_id, entry_date, amount, direction, category_id,
                                              description, counterparty, created_by, created_at, account_id, fingerprint)
                    select 0, c.id, date_add('2016-01-01', interval ((s.seq div ?) * 7 + s.seq) mod 3650 day),
                           round(1 + ((s.seq * 7919) mod 250000) / 100, 2), k.direction, k.id,
                           concat('Boeking ', s.seq), concat('Leverancier ', s.seq mod 400), 'benchmark', now(6),
                           (select min(a.id) from ledger_account a where a.centre_id = c.id),
                           if(s.seq mod 2 = 0, sha2(concat('earlier import ', s.seq), 256), null)
                    from (select seq from seq_0_to_999999 where seq >= ? and seq < ?) s
                    join (select id, row_number() over (order by id) - 1 as n from centre
                          where slug like 'afschrift-centrum-%') c on c.n = s.seq mod ?
                    join (select id, direction, row_number() over (order by id) - 1 as n from category) k
                          on k.n = (s.seq div ?) mod (select count(*) from category)
                    """, CENTRES, start, start + chunk, CENTRES, CENTRES);
        }
        jdbc.execute("analyze table ledger_entry, ledger_account, centre");
        return centreId;
    }

    /** A CAMT.053 001.02 statement of 2025 with the given number of booked entries, as a Dutch bank writes it. */
    static byte[] camt(int count) {
        var entries = new StringBuilder(count * 900);
        BigDecimal balance = new BigDecimal("100000.00");
        BigDecimal opening = balance;
        LocalDate first = LocalDate.of(2025, 1, 2);
        for (int i = 0; i < count; i++) {
            boolean credit = i % 3 == 0;
            BigDecimal amount = BigDecimal.valueOf(100 + (i * 7919L) % 250000, 2);
            balance = credit ? balance.add(amount) : balance.subtract(amount);
            String party = credit ? "Dbtr" : "Cdtr";
            entries.append("<Ntry><Amt Ccy=\"EUR\">").append(amount.toPlainString()).append("</Amt><CdtDbtInd>")
                    .append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>")
                    .append(first.plusDays(i % 360)).append("</Dt></BookgDt><ValDt><Dt>").append(first.plusDays(i % 360))
                    .append("</Dt></ValDt><AcctSvcrRef>BENCH").append(i).append("</AcctSvcrRef>")
                    .append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E").append(i).append("</EndToEndId></Refs>")
                    .append("<RltdPties><").append(party).append("><Nm>Tegenpartij ").append(i % 400).append("</Nm></")
                    .append(party).append("><").append(party).append("Acct><Id><IBAN>NL02ABNA").append(String.format("%010d", i % 400))
                    .append("</IBAN></Id></").append(party).append("Acct></RltdPties><RmtInf><Ustrd>Factuur ")
                    .append(i).append(" omschrijving van de betaling</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                <BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2025-12-31T06:00:00+01:00</CreDtTm></GrpHdr>
                <Stmt><Id>BENCH-1</Id><CreDtTm>2025-12-31T06:00:00+01:00</CreDtTm>
                <Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-01-01</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Dt><Dt>2025-12-31</Dt></Dt></Bal>
                %s</Stmt></BkToCstmrStmt></Document>
                """.formatted(IBAN, opening.toPlainString(), balance.abs().toPlainString(),
                balance.signum() < 0 ? "DBIT" : "CRDT", entries);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String existing = Files.readString(file);
        int from = existing.indexOf("## Bank statement import");
        if (from >= 0) {
            int to = existing.indexOf("\n## ", from + 3);
            existing = existing.substring(0, from) + (to < 0 ? "" : existing.substring(to + 1));
        }
        Files.writeString(file, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }
}
