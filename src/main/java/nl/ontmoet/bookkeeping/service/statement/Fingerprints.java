package nl.ontmoet.bookkeeping.service.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What identifies a bank transaction within its account, whichever file it comes in: the bank's entry reference
 * where it gives one, otherwise date, direction, amount and description. Identical transactions without reference
 * on one day (two coffees of € 2,50) are told apart by their order in the file.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprints of the transactions, in their order: SHA-256 in hexadecimal, 64 characters. */
    public static List<String> of(List<BankTransaction> transactions) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(transactions.size());
        for (BankTransaction transaction : transactions) {
            String identity = identity(transaction);
            int occurrence = seen.merge(identity, 1, Integer::sum);
            fingerprints.add(sha256(occurrence == 1 ? identity : identity + "#" + occurrence));
        }
        return fingerprints;
    }

    static String identity(BankTransaction transaction) {
        if (transaction.entryReference() != null) {
            return "ref|" + transaction.entryReference();
        }
        String description = transaction.description() != null ? transaction.description()
                : transaction.counterpartyName() == null ? "" : transaction.counterpartyName();
        return "tx|" + transaction.bookingDate() + "|" + transaction.direction() + "|"
                + transaction.amount().toPlainString() + "|" + description.toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
