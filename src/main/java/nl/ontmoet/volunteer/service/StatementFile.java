package nl.ontmoet.volunteer.service;

/** A generated file: the yearly statement or an hours export. */
public record StatementFile(String fileName, String contentType, byte[] content) {
}
