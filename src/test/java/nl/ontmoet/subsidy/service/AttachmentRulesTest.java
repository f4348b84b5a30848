package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.subsidy.TestFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentRulesTest {

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
        assertThat(AttachmentRules.cleanName("C:\\Users\\cor\\plan.pdf", 200)).isEqualTo("plan.pdf");
        assertThat(AttachmentRules.cleanName("../../etc/passwd", 200)).isEqualTo("passwd");
        assertThat(AttachmentRules.cleanName("  ", 200)).isEqualTo("bijlage");
        assertThat(AttachmentRules.cleanName("a".repeat(250) + ".pdf", 200)).hasSize(200).endsWith(".pdf");
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
