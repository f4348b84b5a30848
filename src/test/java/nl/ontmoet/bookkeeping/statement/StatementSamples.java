package nl.ontmoet.bookkeeping.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample statement files under {@code src/test/resources/statements}, made up with fake but valid IBANs. */
public final class StatementSamples {

    private StatementSamples() {
    }

    public static byte[] sample(String name) {
        try (InputStream in = StatementSamples.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) {
                throw new IOException("no sample statement " + name);
            }
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
