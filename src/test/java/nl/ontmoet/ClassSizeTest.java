package nl.ontmoet;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Small classes stay small: a file that grows past the limit has taken on a second job. */
class ClassSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void no_class_in_the_application_is_over_300_lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> file + " (" + lines(file) + ")")
                    .toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
