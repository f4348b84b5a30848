package nl.ontmoet.base.embeddeddb;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param dataDir   where the embedded server keeps its databases; survives restarts unless {@code ephemeral}
 * @param ephemeral use a fresh temporary directory that is deleted on shutdown (tests)
 * @param port      TCP port, 0 for any free one
 * @param database  schema name created on first start
 */
@ConfigurationProperties("ontmoet.embedded-db")
public record EmbeddedMariaDbProperties(Path dataDir, boolean ephemeral, int port, String database) {

    public EmbeddedMariaDbProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null ? "ontmoet" : database;
    }
}
