package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;

import org.openpdf.text.pdf.PdfReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The money, year and file rules of bookkeeping, free of persistence so that they are easy to test. */
public final class BookkeepingRules {

    /** Amounts must stay below ten million euro (DECIMAL(12,2) holds more, but nobody books that much). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    public static final int FIRST_YEAR = 2000;
    /** Bookings may be made up to this many years ahead (e.g. a rent invoice for next January). */
    public static final int YEARS_AHEAD = 1;
    public static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;
    /** What a file chooser for a receipt offers: the types {@link #requireReceipt} accepts. */
    public static final List<String> RECEIPT_FILE_TYPES =
            List.of("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");

    private BookkeepingRules() {
    }

    /** A ledger amount: present, above zero, at most two decimals, below ten million. */
    public static BigDecimal requireEntryAmount(BigDecimal amount, String field) {
        if (amount == null) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountRequired");
        }
        if (amount.signum() <= 0) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountNotPositive");
        }
        return checkedScaleAndSize(amount, field);
    }

    /** The amount of a correction: not zero, negative to take (part of) the corrected amount back. */
    public static BigDecimal requireCorrectionAmount(BigDecimal amount, String field) {
        if (amount == null) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountRequired");
        }
        if (amount.signum() == 0) {
            throw BusinessRuleException.onField(field, "bookkeeping.correction.error.zero");
        }
        BigDecimal checked = checkedScaleAndSize(amount.abs(), field);
        return amount.signum() < 0 ? checked.negate() : checked;
    }

    /** A budgeted amount: zero or more, at most two decimals, below ten million. Empty means zero. */
    public static BigDecimal requireBudgetAmount(BigDecimal amount, String field) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (amount.signum() < 0) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountNegative");
        }
        return checkedScaleAndSize(amount, field);
    }

    private static BigDecimal checkedScaleAndSize(BigDecimal amount, String field) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountDecimals");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.amountTooLarge");
        }
        return amount.setScale(2);
    }

    /** A booking date: present and within the years the bookkeeping covers (2000 up to next year). */
    public static void requireEntryDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw BusinessRuleException.onField("entryDate", "bookkeeping.error.dateRequired");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > today.getYear() + YEARS_AHEAD) {
            throw BusinessRuleException.onField("entryDate", "bookkeeping.error.dateOutOfRange",
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear() + YEARS_AHEAD));
        }
    }

    /** A budget year: from 2000 up to five years ahead. */
    public static void requireBudgetYear(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 5) {
            throw BusinessRuleException.onField("year", "bookkeeping.error.yearOutOfRange",
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear() + 5));
        }
    }

    /** A booking's category: present, active and of the same direction as the booking. */
    public static void requireCategoryFits(Category category, Direction direction) {
        if (direction == null) {
            throw BusinessRuleException.onField("direction", "bookkeeping.error.directionRequired");
        }
        if (category == null) {
            throw BusinessRuleException.onField("category", "bookkeeping.error.categoryRequired");
        }
        if (category.getDirection() != direction) {
            throw BusinessRuleException.onField("category", "bookkeeping.error.categoryWrongDirection",
                    category.getName());
        }
        if (!category.isActive()) {
            throw BusinessRuleException.onField("category", "bookkeeping.error.categoryInactive",
                    category.getName());
        }
    }

    /** The receipt types we accept, recognised by their first bytes (never by name or declared type). */
    public enum ReceiptType {
        PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String contentType;
        private final byte[] magic;

        ReceiptType(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        /** The type the first bytes announce; a PDF still has to be {@linkplain #readablePdf readable}. */
        public static Optional<ReceiptType> of(byte[] content) {
            return Arrays.stream(values())
                    .filter(type -> content.length >= type.magic.length
                            && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                    .findFirst();
        }
    }

    /** A receipt: not empty, at most 10 MB, and really a PDF (one that can be read), PNG or JPEG. */
    public static ReceiptType requireReceipt(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessRuleException.onField("receipt", "bookkeeping.error.receiptEmpty");
        }
        if (content.length > MAX_RECEIPT_BYTES) {
            throw BusinessRuleException.onField("receipt", "bookkeeping.error.receiptTooLarge");
        }
        var type = ReceiptType.of(content)
                .orElseThrow(() -> BusinessRuleException.onField("receipt", "bookkeeping.error.receiptType"));
        if (type == ReceiptType.PDF && !readablePdf(content)) {
            throw BusinessRuleException.onField("receipt", "bookkeeping.error.receiptUnreadablePdf");
        }
        return type;
    }

    /** Whether the bytes parse as a PDF with pages; {@code %PDF-} followed by a web page does not. */
    public static boolean readablePdf(byte[] content) {
        try (var reader = new PdfReader(content)) {
            return reader.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException notAPdf) {
            return false;
        }
    }

    /** A new entry goes into an active account; an entry already in an account that was deactivated stays there. */
    static nl.ontmoet.bookkeeping.domain.LedgerAccount requireOpenAccount(nl.ontmoet.bookkeeping.domain.LedgerAccount account,
                                                                         boolean newEntry) {
        if (newEntry && !account.isActive()) {
            throw BusinessRuleException.onField("account", "bookkeeping.account.error.inactive", account.getName());
        }
        return account;
    }
}
