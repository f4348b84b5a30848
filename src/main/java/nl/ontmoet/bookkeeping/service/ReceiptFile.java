package nl.ontmoet.bookkeeping.service;

/** A stored receipt, ready to download. */
public record ReceiptFile(String fileName, String contentType, byte[] content) {
}
