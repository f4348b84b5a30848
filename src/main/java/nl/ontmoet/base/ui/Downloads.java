package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.ontmoet.base.export.DownloadFile;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * Download links whose file is made only when the user clicks, by the service and with its access rules, so a
 * link handed out earlier never serves what the user may no longer see.
 */
public final class Downloads {

    private Downloads() {
    }

    public static DownloadHandler handler(Supplier<DownloadFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            var download = file.get();
            // set before Vaadin would build it from the raw name, which it does not escape
            event.getResponse().setHeader("Content-Disposition", download.contentDisposition());
            return new DownloadResponse(new ByteArrayInputStream(download.content()), download.fileName(),
                    download.contentType(), download.content().length);
        });
    }

    /** An anchor with the {@code download} attribute, so the browser saves the file instead of opening a page. */
    public static Anchor link(String text, Supplier<DownloadFile> file) {
        var anchor = new Anchor(handler(file), text);
        anchor.setDownload(true);
        return anchor;
    }
}
