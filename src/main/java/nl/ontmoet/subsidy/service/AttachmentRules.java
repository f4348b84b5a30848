package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * Which files an application accepts: what bookkeeping accepts as a receipt (PDF, PNG, JPEG, recognised by
 * their first bytes, at most 10 MB) plus Word and Excel documents, recognised as a ZIP holding the part
 * that makes them a document or a workbook.
 */
final class AttachmentRules {

    static final String DOCX = DownloadFile.DOCX;
    static final String XLSX = DownloadFile.XLSX;
    static final long MAX_BYTES = BookkeepingRules.MAX_RECEIPT_BYTES;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Enough to find the main part of any real document; stops at archives built to take long. */
    private static final int MAX_ENTRIES = 5000;

    private AttachmentRules() {
    }

    /** @return the content type the bytes really are */
    static String requireAccepted(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessRuleException.onField("attachment", "subsidy.attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleException.onField("attachment", "subsidy.attachment.error.tooLarge");
        }
        if (content.length >= ZIP.length && Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)) {
            return officeType(content).orElseThrow(AttachmentRules::wrongType);
        }
        var type = BookkeepingRules.ReceiptType.of(content).orElseThrow(AttachmentRules::wrongType);
        if (type == BookkeepingRules.ReceiptType.PDF && !BookkeepingRules.readablePdf(content)) {
            throw BusinessRuleException.onField("attachment", "subsidy.attachment.error.unreadablePdf");
        }
        return type.contentType();
    }

    private static Optional<String> officeType(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (var entry = zip.getNextEntry(); entry != null && entries < MAX_ENTRIES; entry = zip.getNextEntry()) {
                entries++;
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static BusinessRuleException wrongType() {
        return BusinessRuleException.onField("attachment", "subsidy.attachment.error.type");
    }

    /** The user's name made safe, with the extension of the type the bytes are; "bijlage" when nothing is left. */
    static String cleanName(String fileName, String contentType, int maxLength) {
        return DownloadFile.storedName(fileName, "bijlage", contentType, maxLength);
    }
}
