package nl.ontmoet.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import nl.ontmoet.base.export.DownloadFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DownloadsTest {

    @Test
    void the_download_header_is_built_from_the_safe_name_only() throws Exception {
        var response = mock(VaadinResponse.class);
        var event = mock(DownloadEvent.class);
        when(event.getResponse()).thenReturn(response);
        when(event.getOutputStream()).thenReturn(new ByteArrayOutputStream());

        Downloads.handler(() -> new DownloadFile("plan\"; filename*=UTF-8''evil.html", DownloadFile.PDF,
                new byte[]{1})).handleDownloadRequest(event);

        verify(response).setHeader("Content-Disposition", "attachment; filename=\"plan_filename_UTF-8_evil.html\"; "
                + "filename*=UTF-8''plan_filename_UTF-8_evil.html");
    }
}
