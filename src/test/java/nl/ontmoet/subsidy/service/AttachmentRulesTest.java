package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.subsidy.TestFiles;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import nl.ontmoet.base.ui.Uploads;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AttachmentRulesTest {

    private static final String PDF = "application/pdf";

    @Test
    void recognises_each_accepted_kind_by_its_bytes() {
        assertThat(AttachmentRules.requireAccepted(TestFiles.pdf())).isEqualTo("application/pdf");
        assertThat(AttachmentRules.requireAccepted(TestFiles.png())).isEqualTo("image/png");
        assertThat(AttachmentRules.requireAccepted(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
        assertThat(AttachmentRules.requireAccepted(TestFiles.docx())).isEqualTo(AttachmentRules.DOCX);
        assertThat(AttachmentRules.requireAccepted(TestFiles.xlsx())).isEqualTo(AttachmentRules.XLSX);
    }

    @Test
    void refuses_other_kinds_empty_and_too_large_files() {
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(TestFiles.text()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.type");
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(TestFiles.plainZip()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.type");
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(new byte[]{'P', 'K', 3, 4, 9, 9}))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.type");
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.empty");
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(TestFiles.tooLargePdf()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.tooLarge");
    }

    @Test
    void keeps_only_the_file_name() {
        assertThat(AttachmentRules.cleanName("C:\\Users\\cor\\plan.pdf", PDF, 200)).isEqualTo("plan.pdf");
        assertThat(AttachmentRules.cleanName("../../etc/passwd", PDF, 200)).isEqualTo("passwd.pdf");
        assertThat(AttachmentRules.cleanName("  ", PDF, 200)).isEqualTo("bijlage.pdf");
        assertThat(AttachmentRules.cleanName("a".repeat(250) + ".pdf", PDF, 200)).hasSize(200).endsWith(".pdf");
    }

    @Test
    void a_name_that_would_inject_a_second_file_name_is_reduced_and_gets_the_real_extension() {
        assertThat(AttachmentRules.cleanName("plan\"; filename*=UTF-8''evil.html", PDF, 200))
                .isEqualTo("plan_filename_UTF-8_evil.pdf");
        assertThat(AttachmentRules.cleanName("begroting.pdf", AttachmentRules.XLSX, 200)).isEqualTo("begroting.xlsx");
    }

    @Test
    void html_with_a_script_behind_a_pdf_header_is_refused() {
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(TestFiles.htmlPosingAsPdf()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.unreadablePdf")
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo(java.util.Optional.of("attachment"));
    }

    @Test
    void a_40_mb_upload_is_refused_as_too_large_after_reading_only_one_byte_past_10_mb() throws Exception {
        var body = new LazyZeros(40L * 1024 * 1024);
        var part = mock(Part.class);
        when(part.getInputStream()).thenReturn(body);
        var received = new AtomicReference<byte[]>();

        Uploads.inMemory(AttachmentUpload.MAX_BYTES, (name, content) -> received.set(content))
                .handleUploadRequest(new UploadEvent(null, null, null, "groot.pdf", body.size, "application/pdf",
                        null, part));

        assertThat(body.read).isEqualTo(AttachmentUpload.MAX_BYTES + 1).isLessThan(body.size / 3);
        assertThat(received.get()).hasSize((int) AttachmentUpload.MAX_BYTES + 1);
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(received.get()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.tooLarge");
    }

    /** A request body of zeros made while it is read, counting what was read. */
    private static final class LazyZeros extends InputStream {
        final long size;
        long read;

        LazyZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }

    @Test
    void a_file_of_exactly_10_mb_is_accepted() {
        byte[] tenMegabytes = java.util.Arrays.copyOf(TestFiles.pdf(), (int) AttachmentRules.MAX_BYTES);
        assertThat(AttachmentRules.requireAccepted(tenMegabytes)).isEqualTo("application/pdf");
    }

    @Test
    void the_document_part_is_found_among_the_first_5000_entries_and_not_after_them() {
        assertThat(AttachmentRules.requireAccepted(TestFiles.zipWithDocumentAfter(4999)))
                .isEqualTo(AttachmentRules.DOCX);
        assertThatThrownBy(() -> AttachmentRules.requireAccepted(TestFiles.zipWithDocumentAfter(5000)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.attachment.error.type");
    }
}
