package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.ontmoet.bookkeeping.service.ExportFile;
import nl.ontmoet.bookkeeping.service.ReceiptFile;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download handlers that produce their file only when the user clicks, with the access rules of the service. */
final class Downloads {

    private Downloads() {
    }

    static DownloadHandler export(Supplier<ExportFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            var export = file.get();
            return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                    export.contentType(), export.content().length);
        });
    }

    static DownloadHandler receipt(Supplier<ReceiptFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            var receipt = file.get();
            return new DownloadResponse(new ByteArrayInputStream(receipt.content()), receipt.fileName(),
                    receipt.contentType(), receipt.content().length);
        });
    }
}
