package nl.ontmoet.bookkeeping.service;

/** A receipt file as the user uploaded it; its type is checked from the bytes, not from the name. */
public record ReceiptUpload(String fileName, byte[] content) {
}
