package nl.ontmoet.subsidy.domain;

import java.time.Instant;

/** What a list of attachments shows, read without the file's bytes. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, Instant addedAt,
                             String addedBy) {
}
