package nl.ontmoet.base.embeddeddb;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's two accounts, kept beside its data so that a restart with the same data directory logs in
 * again: the application's (rows only) and the migration account (owns the schema: Liquibase, backup, restore). The
 * file is readable by its owner only: it is the key to the whole database.
 */
record DbCredentials(String username, String password, String migrationUsername, String migrationPassword,
                     String database) {

    static final String FILE_NAME = "db-credentials.properties";
    static final String USERNAME = "ontmoet";
    static final String MIGRATION_USERNAME = "ontmoet_migration";

    static DbCredentials generate(String database) {
        return new DbCredentials(USERNAME, newPassword(), MIGRATION_USERNAME, newPassword(), database);
    }

    private static String newPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The kept credentials, or null when the directory has none yet, they were made for another database, or by a
     * version without the migration account (the accounts are then provisioned anew).
     */
    static DbCredentials read(Path root, String database) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            var kept = new DbCredentials(properties.getProperty("username"), properties.getProperty("password"),
                    properties.getProperty("migration.username"), properties.getProperty("migration.password"),
                    properties.getProperty("database"));
            return kept.username() == null || kept.password() == null || kept.migrationUsername() == null
                    || kept.migrationPassword() == null || !database.equals(kept.database()) ? null : kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path root) {
        var properties = new Properties();
        properties.setProperty("username", username);
        properties.setProperty("password", password);
        properties.setProperty("migration.username", migrationUsername);
        properties.setProperty("migration.password", migrationPassword);
        properties.setProperty("database", database);
        try {
            var text = new StringWriter();
            properties.store(text, "Account of the embedded MariaDB; keep private");
            Path temp = root.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            Files.writeString(temp, text.toString());
            Files.move(temp, root.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
