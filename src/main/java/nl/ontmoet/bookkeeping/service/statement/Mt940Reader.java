package nl.ontmoet.bookkeeping.service.statement;

import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field25;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Direction;
import org.iban4j.IbanUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * MT940 as Dutch banks export it: one or more statements (":20:" to ":62F:") without SWIFT envelope, sometimes
 * after a bank header line; read with Prowide's MT940 model, each transaction (":61:") with its narrative (":86:").
 */
final class Mt940Reader {

    static final String FORMAT = "MT940";
    private static final Pattern MESSAGE_START = Pattern.compile("(?m)^:20:");
    private static final String ENVELOPE = "{1:F01ONTMOETXAXXX0000000000}{2:I940ONTMOETXXXXXN}{4:\r\n";

    private Mt940Reader() {
    }

    static boolean looksLikeMt940(String text) {
        return text.startsWith("{1:") || MESSAGE_START.matcher(text).find() && text.contains(":61:")
                || MESSAGE_START.matcher(text).find() && text.contains(":62F:");
    }

    static BankStatement read(String text) {
        List<MT940> messages = messages(text);
        var ibans = new TreeSet<String>();
        List<BankTransaction> transactions = new ArrayList<>();
        BigDecimal opening = null;
        BigDecimal closing = null;
        LocalDate date = null;
        for (MT940 message : messages) {
            ibans.add(iban(message.getField25()));
            Field60F start = message.getField60F();
            Field62F end = message.getField62F();
            if (start == null || end == null) {
                throw StatementReader.unreadable();
            }
            if (opening == null) {
                opening = signed(start.getDCMark(), start.getAmountAsBigDecimal());
            }
            closing = signed(end.getDCMark(), end.getAmountAsBigDecimal());
            date = date(end.getDate());
            transactions.addAll(transactions(message));
        }
        if (ibans.size() > 1) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.severalAccounts",
                    String.join(", ", ibans));
        }
        return new BankStatement(FORMAT, ibans.first(), date, opening, closing, transactions);
    }

    private static List<MT940> messages(String text) {
        List<String> blocks = new ArrayList<>();
        if (text.startsWith("{1:")) {
            blocks.add(text);
        } else {
            var matcher = MESSAGE_START.matcher(text);
            List<Integer> starts = new ArrayList<>();
            while (matcher.find()) {
                starts.add(matcher.start());
            }
            for (int i = 0; i < starts.size(); i++) {
                String body = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length())
                        .strip().replaceAll("(?m)^-\\s*$", "").strip();
                blocks.add(ENVELOPE + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n-}");
            }
        }
        List<MT940> messages = new ArrayList<>();
        for (String block : blocks) {
            try {
                MT940 message = MT940.parse(block);
                if (message == null || message.getSwiftMessage() == null
                        || message.getSwiftMessage().getBlock4() == null) {
                    throw StatementReader.unreadable();
                }
                messages.add(message);
            } catch (BusinessRuleException refused) {
                throw refused;
            } catch (RuntimeException unparsable) {
                throw StatementReader.unreadable();
            }
        }
        if (messages.isEmpty()) {
            throw StatementReader.notAStatement();
        }
        return messages;
    }

    private static List<BankTransaction> transactions(MT940 message) {
        List<BankTransaction> transactions = new ArrayList<>();
        Field61 open = null;
        String narrative = null;
        for (Tag tag : message.getSwiftMessage().getBlock4().getTags()) {
            if ("61".equals(tag.getName())) {
                if (open != null) {
                    transactions.add(transaction(open, narrative));
                }
                open = new Field61(tag.getValue());
                narrative = null;
            } else if ("86".equals(tag.getName()) && open != null) {
                narrative = new Field86(tag.getValue()).getNarrative("");
            } else if (open != null) {
                transactions.add(transaction(open, narrative));
                open = null;
            }
        }
        if (open != null) {
            transactions.add(transaction(open, narrative));
        }
        return transactions;
    }

    private static BankTransaction transaction(Field61 field, String narrative) {
        if (field.getValueDate() == null || field.getAmountAsBigDecimal() == null || field.getDebitCreditMark() == null) {
            throw StatementReader.unreadable();
        }
        LocalDate valueDate = date(field.getValueDate());
        LocalDate date = valueDate;
        if (field.getEntryDate() != null && field.getEntryDate().length() == 4) {
            // the booking date has no year: the one of the value date, or the year beside it at the turn of a year
            LocalDate booked = LocalDate.of(valueDate.getYear(), Integer.parseInt(field.getEntryDate().substring(0, 2)),
                    Integer.parseInt(field.getEntryDate().substring(2)));
            date = booked.isAfter(valueDate.plusMonths(6)) ? booked.minusYears(1)
                    : booked.isBefore(valueDate.minusMonths(6)) ? booked.plusYears(1) : booked;
        }
        // C and RD (reversal of a debit) bring money in; D and RC take it out
        String mark = field.getDebitCreditMark();
        boolean credit = "C".equals(mark) || "RD".equals(mark);
        var details = Mt940Narrative.parse(narrative);
        String reference = field.getReferenceOfTheAccountServicingInstitution();
        return new BankTransaction(date, field.getAmountAsBigDecimal().setScale(2),
                credit ? Direction.INCOME : Direction.EXPENSE, details.name(), details.iban(), details.description(),
                StatementReader.blankToNull(reference));
    }

    /** A SWIFT date, YYMMDD; statements of this century. */
    private static LocalDate date(String yymmdd) {
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (RuntimeException malformed) {
            throw StatementReader.unreadable();
        }
    }

    private static BigDecimal signed(String mark, BigDecimal amount) {
        if (amount == null) {
            throw StatementReader.unreadable();
        }
        return "D".equals(mark) ? amount.setScale(2).negate() : amount.setScale(2);
    }

    /** Field 25 holds the IBAN, by some banks followed by the currency ("NL91ABNA0417164300EUR"). */
    private static String iban(Field25 field) {
        String account = field == null ? null : StatementReader.normalIban(field.getAccount());
        if (account == null) {
            throw StatementReader.unreadable();
        }
        if (account.length() > 3 && account.endsWith("EUR") && IbanUtil.isValid(account.substring(0, account.length() - 3))) {
            return account.substring(0, account.length() - 3);
        }
        return account;
    }
}
