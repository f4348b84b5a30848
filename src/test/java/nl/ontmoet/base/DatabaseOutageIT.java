package nl.ontmoet.base;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.OwnDatabaseTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDb;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.ErrorView;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.subsidy.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database server goes away under the running application and comes back: users get a short Dutch message,
 * nothing is half-stored, and the application goes on by itself without a restart.
 */
class DatabaseOutageIT extends OwnDatabaseTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final String UNAVAILABLE =
            "De database is even niet bereikbaar. Uw invoer is bewaard op het scherm; probeer het zo opnieuw.";
    private static final Duration RECOVERY = Duration.ofSeconds(15);

    @Autowired
    EmbeddedMariaDb db;
    @Autowired
    LedgerService ledger;
    @Autowired
    CentreRepository centres;
    @Autowired
    CategoryRepository categories;
    @Autowired
    TestUsers users;
    @Autowired
    ErrorMessages messages;
    @Autowired
    JdbcTemplate jdbc;

    private boolean down;

    @AfterEach
    void serverIsBack() throws Exception {
        if (down) {
            db.startServer();
            down = false;
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void while_the_database_is_down_users_get_the_dutch_message_and_afterwards_it_works_again_without_a_restart()
            throws Exception {
        long centreId = centres.findBySlug(NUDE).orElseThrow().getId();
        assertThat(ledgerPage(centreId)).isNotNull();

        stopServer();
        long started = System.nanoTime();
        assertThatThrownBy(() -> ledgerPage(centreId))
                .satisfies(error -> assertThat(messages.toMessage(error, BundleI18NProvider.DUTCH).text())
                        .isEqualTo(UNAVAILABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

        navigate("centres/" + NUDE + "/ledger", ErrorView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Er ging iets mis");
        assertThat($(Paragraph.class).single().getText())
                .isEqualTo("De database is even niet bereikbaar. Probeer het zo opnieuw.");

        startServer();
        assertThat(firstSuccessAfterRestart(() -> ledgerPage(centreId))).isLessThan(RECOVERY);
    }

    @Test
    void a_ledger_entry_with_its_receipt_cut_off_by_a_crash_leaves_nothing_behind() throws Exception {
        long centreId = centres.findBySlug(NUDE).orElseThrow().getId();
        String description = "Storing " + System.nanoTime();
        long serverPid = Long.parseLong(Files.readString(Path.of(
                jdbc.queryForObject("select @@pid_file", String.class))).strip());
        var blocker = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        blocker.setAutoCommit(false);
        // A gap lock above every entry id: the entry and its audit line are written, then the receipt waits.
        long lastEntry = count("select max(id) from ledger_entry");
        blocker.createStatement().executeQuery("SELECT id FROM ledger_receipt WHERE entry_id > " + lastEntry
                + " FOR UPDATE").close();
        CompletableFuture<LedgerEntry> save = CompletableFuture.supplyAsync(() -> users.as("coordinator",
                () -> ledger.save(entry(centreId, description), new ReceiptUpload("bon.pdf", TestFiles.pdf()))));
        awaitWaitingOnReceipt(blocker, save);
        crashServer(serverPid);
        blocker.abort(Runnable::run);

        var failure = save.handle((saved, error) -> error).get(30, TimeUnit.SECONDS);
        assertThat(failure).as("the save failed").isNotNull();
        assertThat(messages.toMessage(failure, BundleI18NProvider.DUTCH).text()).isEqualTo(UNAVAILABLE);

        startServer();
        assertThat(firstSuccessAfterRestart(() -> jdbc.queryForObject("select 1", Integer.class)))
                .isLessThan(RECOVERY);
        assertThat(count("select count(*) from ledger_entry where description = ?", description)).isZero();
        assertThat(count("select count(*) from ledger_entry where id > ?", lastEntry)).isZero();
        assertThat(count("select count(*) from ledger_receipt where entry_id > ?", lastEntry)).isZero();
        assertThat(count("select count(*) from audit_entry where changes like ?", "%" + description + "%")).isZero();

        var saved = users.as("coordinator",
                () -> ledger.save(entry(centreId, description), new ReceiptUpload("bon.pdf", TestFiles.pdf())));
        assertThat(count("select count(*) from ledger_entry where description = ?", description)).isEqualTo(1);
        assertThat(count("select count(*) from ledger_receipt where entry_id = ?", saved.getId())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where changes like ?", "%" + description + "%"))
                .isPositive();
    }

    private Object ledgerPage(long centreId) {
        return users.as("coordinator", () -> ledger.page(centreId, LedgerFilter.none(), PageRequest.of(0, 10)));
    }

    private LedgerEntry entry(long centreId, String description) {
        var category = categories.findByCode("ONDERHOUD").orElseThrow();
        var entry = users.as("coordinator", () -> ledger.newEntry(centreId));
        entry.setEntryDate(TestClock.TODAY.minusDays(3));
        entry.setDirection(category.getDirection());
        entry.setCategory(category);
        entry.setAmount(new BigDecimal("12.34"));
        entry.setDescription(description);
        return entry;
    }

    private static void awaitWaitingOnReceipt(java.sql.Connection blocker, CompletableFuture<?> save)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        var seen = new java.util.ArrayList<String>();
        while (System.nanoTime() < deadline && !save.isDone()) {
            seen.clear();
            try (var rows = blocker.createStatement().executeQuery("SHOW FULL PROCESSLIST")) {
                while (rows.next()) {
                    String info = String.valueOf(rows.getString("Info")).toLowerCase();
                    seen.add(rows.getString("State") + ": " + info);
                    if (info.startsWith("insert into ledger_receipt") && rows.getLong("Time") >= 1) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The save never waited on the receipt; done: " + save.isDone() + ", " + seen,
                save.isDone() ? save.handle((ok, error) -> error).join() : null);
    }

    private void stopServer() throws Exception {
        db.stopServer();
        down = true;
    }

    /** Kills the server outright, as a crash or power cut would: no shutdown, InnoDB recovers on the next start. */
    private void crashServer(long pid) throws Exception {
        var server = ProcessHandle.of(pid).orElseThrow();
        down = true;
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        db.stopServer();
    }

    private void startServer() throws Exception {
        db.startServer();
        down = false;
    }

    /** How long after the server is back the first call succeeds; the application is not restarted. */
    private static Duration firstSuccessAfterRestart(Runnable call) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            try {
                call.run();
                return Duration.ofNanos(System.nanoTime() - started);
            } catch (RuntimeException stillDown) {
                if (System.nanoTime() - started > RECOVERY.toNanos()) {
                    throw stillDown;
                }
                Thread.sleep(200);
            }
        }
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
