package nl.ontmoet.bookkeeping.service.statement;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.format.Formats;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a bank statement file as Dutch banks export it: CAMT.053 (ISO 20022 XML) or MT940 (SWIFT), recognised from
 * the content, never from the name. A file that is neither, is cut off, or whose transactions do not lead from the
 * opening to the closing balance is refused as a whole.
 */
public final class StatementReader {

    /** The upload cap of the whole application (spring.servlet.multipart), about 20,000 transactions of a compact CAMT.053. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final List<String> FILE_TYPES = List.of(".xml", ".sta", ".940", ".mt940", ".txt", ".swi",
            "application/xml", "text/xml", "text/plain");

    private StatementReader() {
    }

    public static BankStatement read(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.tooLarge");
        }
        String text = decode(content).strip();
        BankStatement statement;
        if (text.startsWith("<")) {
            statement = CamtReader.read(text);
        } else if (Mt940Reader.looksLikeMt940(text)) {
            statement = Mt940Reader.read(text);
        } else {
            throw notAStatement();
        }
        requireConsistent(statement);
        return statement;
    }

    static BusinessRuleException notAStatement() {
        return BusinessRuleException.onField("file", "bookkeeping.statement.error.notStatement");
    }

    static BusinessRuleException unreadable() {
        return BusinessRuleException.onField("file", "bookkeeping.statement.error.unreadable");
    }

    /** A cut-off or tampered file shows itself here: the transactions must lead from opening to closing balance. */
    private static void requireConsistent(BankStatement statement) {
        if (statement.openingBalance() == null) {
            return;
        }
        BigDecimal movement = statement.transactions().stream().map(BankTransaction::signedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (statement.openingBalance().add(movement).compareTo(statement.closingBalance()) != 0) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.inconsistent",
                    Formats.DUTCH.money(statement.openingBalance()), Formats.DUTCH.money(movement),
                    Formats.DUTCH.money(statement.closingBalance()));
        }
    }

    /** UTF-8 (with or without byte order mark); files that are not valid UTF-8 are read as Latin-1, as older MT940s are. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    /** An IBAN as stored: capitals, no spaces; null when empty. */
    static String normalIban(String iban) {
        if (iban == null) {
            return null;
        }
        String compact = iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
