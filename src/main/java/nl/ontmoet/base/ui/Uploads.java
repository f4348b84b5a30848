package nl.ontmoet.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * Uploads kept in memory, read no further than one byte past the limit: a larger body is never held whole, and
 * the service still sees that the file is too large and says so at the field.
 */
public final class Uploads {

    private Uploads() {
    }

    /** {@code chosen} gets the file name and at most {@code maxBytes + 1} bytes, on the request thread. */
    public static UploadHandler inMemory(long maxBytes, SerializableBiConsumer<String, byte[]> chosen) {
        return event -> chosen.accept(event.getFileName(), read(event.getInputStream(), maxBytes));
    }

    static byte[] read(InputStream in, long maxBytes) throws IOException {
        try (in) {
            return in.readNBytes(Math.toIntExact(maxBytes + 1));
        }
    }
}
