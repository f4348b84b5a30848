package nl.ontmoet.subsidy.service;

/** A stored attachment, ready to download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
