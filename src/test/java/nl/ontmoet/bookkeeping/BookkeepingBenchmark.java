package nl.ontmoet.bookkeeping;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of the ledger, budget versus actual and export on 1,000,000 entries over 50 centres and 10 years,
 * generated set-based inside MariaDB. Run with {@code ./mvnw -Pbenchmark verify}; results go to
 * docs/benchmarks.md under "## Bookkeeping".
 */
@IntegrationTest
class BookkeepingBenchmark {

    private static final int CENTRES = 50;
    private static final int ENTRIES = 1_000_000;
    private static final int FIRST_YEAR = 2016;
    private static final int MEASURED_YEAR = 2020;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    /** Measured and reported, but outside the targets (which are about a filtered result). */
    private static final String UNTARGETED = "(no target) ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerService ledger;
    @Autowired
    BudgetService budgets;
    @Autowired
    ExportService exports;

    @Test
    @WithUserDetails("manager")
    void ledger_report_and_export_stay_fast_on_a_million_entries() throws IOException {
        long generateStart = System.nanoTime();
        generate();
        long generateMillis = (System.nanoTime() - generateStart) / 1_000_000;
        long total = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        long centreId = jdbc.queryForObject("select id from centre where slug = 'benchmark-centrum-7'", Long.class);
        long perCentre = jdbc.queryForObject("select count(*) from ledger_entry where centre_id = ?", Long.class, centreId);
        long perYear = jdbc.queryForObject("select count(*) from ledger_entry where centre_id = ? and year(entry_date) = ?",
                Long.class, centreId, MEASURED_YEAR);

        var year = LedgerFilter.year(MEASURED_YEAR);
        var expensesWithText = new LedgerFilter(year.from(), year.to(), null,
                nl.ontmoet.bookkeeping.domain.Direction.EXPENSE, "boeking 1");
        var byAmount = Sort.by(Sort.Direction.DESC, "amount").and(Sort.by(Sort.Direction.DESC, "id"));
        int deepYearPage = (int) (perYear / 50) - 1;
        int deepCentrePage = (int) (perCentre / 50) - 1;

        Map<String, double[]> results = new LinkedHashMap<>();
        results.put("ledger first page: one centre-year, sorted by amount (page + count)",
                time(() -> ledger.page(centreId, year, PageRequest.of(0, 50, byAmount))));
        results.put("ledger deep page " + deepYearPage + ": one centre-year, sorted by amount",
                time(() -> ledger.page(centreId, year, PageRequest.of(deepYearPage, 50, byAmount))));
        results.put(UNTARGETED + "ledger deep page " + deepCentrePage + ": all " + perCentre
                        + " entries of a centre (period filter cleared), sorted by category name",
                time(() -> ledger.page(centreId, LedgerFilter.none(), PageRequest.of(deepCentrePage, 50,
                        Sort.by("category.name", "id")))));
        results.put("ledger first page: expenses of a year with free text, sorted by date",
                time(() -> ledger.page(centreId, expensesWithText, PageRequest.of(0, 50, Sort.by("entryDate", "id")))));
        results.put("ledger totals of the filtered year (grid footer)",
                time(() -> ledger.totals(centreId, year)));
        results.put("budget versus actual, one centre-year (one grouped query)",
                time(() -> budgets.report(centreId, MEASURED_YEAR)));
        results.put("export XLSX of one centre-year (" + perYear + " rows)",
                time(() -> exports.ledgerXlsx(centreId, year)));
        results.put("export CSV of one centre-year (" + perYear + " rows)",
                time(() -> exports.ledgerCsv(centreId, year)));

        write(results, total, perYear, generateMillis);

        assertThat(total).isGreaterThanOrEqualTo(ENTRIES);
        results.forEach((name, timing) -> {
            if (name.startsWith(UNTARGETED)) {
                return;
            }
            double target = name.startsWith("ledger") ? 200 : name.startsWith("budget") ? 100 : 2000;
            assertThat(timing[0]).as("median of %s in ms", name).isLessThan(target);
        });
    }

    /** 50 centres and a million entries, made by MariaDB itself from its sequence tables. */
    private void generate() {
        jdbc.update("""
                insert into centre (version, name, slug, district, address, active, created_by, created_at)
                select 0, concat('Benchmark centrum ', seq), concat('benchmark-centrum-', seq), 'Benchmark',
                       concat('Proefstraat ', seq), true, 'benchmark', now(6)
                from seq_1_to_50
                """);
        jdbc.update("""
                insert into ledger_account (version, centre_id, kind, name, created_by, created_at)
                select 0, id, 'BANK', 'Bankrekening', 'benchmark', now(6) from centre
                where slug like 'benchmark-centrum-%'
                """);
        int chunk = 200_000;
        for (int start = 0; start < ENTRIES; start += chunk) {
            jdbc.update("""
                    insert into ledger_entry (version, centre_id, entry_date, amount, direction, category_id,
                                              description, counterparty, created_by, created_at, account_id)
                    select 0, c.id, date_add(?, interval ((s.seq div ?) * 7 + s.seq) mod 3650 day),
                           round(1 + ((s.seq * 7919) mod 250000) / 100, 2), k.direction, k.id,
                           concat('Boeking ', s.seq), concat('Leverancier ', s.seq mod 400), 'benchmark', now(6),
                           (select min(a.id) from ledger_account a where a.centre_id = c.id)
                    from (select seq from seq_0_to_999999 where seq >= ? and seq < ?) s
                    join (select id, slug, row_number() over (order by id) - 1 as n from centre
                          where slug like 'benchmark-centrum-%') c on c.n = s.seq mod ?
                    join (select id, direction, row_number() over (order by id) - 1 as n from category) k
                          on k.n = (s.seq div ?) mod (select count(*) from category)
                    """, LocalDate.of(FIRST_YEAR, 1, 1), CENTRES, start, start + chunk, CENTRES, CENTRES);
        }
        jdbc.update("""
                insert into budget (version, centre_id, budget_year, created_by, created_at)
                select 0, id, ?, 'benchmark', now(6) from centre where slug like 'benchmark-centrum-%'
                """, MEASURED_YEAR);
        jdbc.update("""
                insert into budget_line (version, budget_id, category_id, amount, created_by, created_at)
                select 0, b.id, k.id, 25000.00, 'benchmark', now(6)
                from budget b join centre c on c.id = b.centre_id and c.slug like 'benchmark-centrum-%'
                cross join category k
                """);
        jdbc.execute("analyze table ledger_entry, budget, budget_line, category, centre");
    }

    /** Median and 95th percentile in ms after a warm-up. */
    private static double[] time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        millis.sort(Double::compare);
        return new double[]{millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1)};
    }

    private static void write(Map<String, double[]> results, long total, long perYear, long generateMillis)
            throws IOException {
        var section = new StringBuilder("## Bookkeeping\n\n");
        section.append("Command: `./mvnw -Pbenchmark verify` (class `BookkeepingBenchmark`), embedded MariaDB, ")
                .append(total).append(" ledger entries over ").append(CENTRES).append(" centres and 10 years (")
                .append(FIRST_YEAR).append("–").append(FIRST_YEAR + 9).append("), generated set-based in ")
                .append(generateMillis / 1000).append(" s; measured centre-year has ").append(perYear)
                .append(" entries. Server time of the service call, ").append(WARM_UP).append(" warm-up runs, then ")
                .append(RUNS).append(" measured runs. Measured ").append(java.time.LocalDate.now(java.time.Clock.system(TestClock.ZONE))).append(" on the shared 2-core machine.\n\n")
                .append("| measurement | median ms | p95 ms | target ms |\n|---|---:|---:|---:|\n");
        results.forEach((name, timing) -> section.append("| ").append(name).append(" | ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", timing[0])).append(" | ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", timing[1])).append(" | ")
                .append(name.startsWith(UNTARGETED) ? "–" : name.startsWith("ledger") ? "200"
                        : name.startsWith("budget") ? "100" : "2000").append(" |\n"));
        section.append("\n");
        Path file = Path.of("docs", "benchmarks.md");
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int from = existing.indexOf("## Bookkeeping");
        if (from >= 0) {
            int to = existing.indexOf("\n## ", from + 3);
            existing = existing.substring(0, from) + (to < 0 ? "" : existing.substring(to + 1));
        }
        Files.writeString(file, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }
}
