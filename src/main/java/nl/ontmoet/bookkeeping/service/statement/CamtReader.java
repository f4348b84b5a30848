package nl.ontmoet.bookkeeping.service.statement;

import com.prowidesoftware.swift.model.MxBusinessProcess;
import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.BalanceType12Code;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.CashBalance3;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation5;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation7;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CAMT.053 version 001.02 (BankToCustomerStatement), the version Dutch banks export, read with Prowide's ISO 20022
 * model. A file may hold several statements (one per day) of one account; only booked entries count.
 */
final class CamtReader {

    static final String FORMAT = "CAMT.053";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private CamtReader() {
    }

    static BankStatement read(String xml) {
        MxId id = MxParseUtils.identifyMessage(xml).orElseThrow(StatementReader::notAStatement);
        if (id.getBusinessProcess() != MxBusinessProcess.camt || id.getFunctionalityInt() != 53) {
            throw StatementReader.notAStatement();
        }
        if (id.getVersionInt() != 2) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.camtVersion", id.id());
        }
        List<AccountStatement2> statements = parse(xml);
        String iban = oneAccount(statements);
        var ordered = statements.stream().sorted(Comparator.comparing(CamtReader::closingDate)).toList();
        List<BankTransaction> transactions = new ArrayList<>();
        for (AccountStatement2 statement : ordered) {
            for (ReportEntry2 entry : statement.getNtry()) {
                if (entry.getSts() == null || entry.getSts() == EntryStatus2Code.BOOK) {
                    transactions.add(transaction(entry));
                }
            }
        }
        var first = ordered.getFirst();
        var last = ordered.getLast();
        BigDecimal opening = balance(first, BalanceType12Code.OPBD)
                .or(() -> balance(first, BalanceType12Code.PRCD)).map(CamtReader::signed).orElse(null);
        BigDecimal closing = balance(last, BalanceType12Code.CLBD).map(CamtReader::signed)
                .orElseThrow(StatementReader::unreadable);
        return new BankStatement(FORMAT, iban, closingDate(last), opening, closing, transactions);
    }

    private static List<AccountStatement2> parse(String xml) {
        MxCamt05300102 message;
        try {
            message = MxCamt05300102.parse(xml);
        } catch (RuntimeException cutOffOrInvalid) {
            throw StatementReader.unreadable();
        }
        if (message == null || message.getBkToCstmrStmt() == null || message.getBkToCstmrStmt().getStmt().isEmpty()) {
            throw StatementReader.unreadable();
        }
        return message.getBkToCstmrStmt().getStmt();
    }

    private static String oneAccount(List<AccountStatement2> statements) {
        var ibans = new java.util.TreeSet<String>();
        for (AccountStatement2 statement : statements) {
            String iban = statement.getAcct() == null || statement.getAcct().getId() == null ? null
                    : StatementReader.normalIban(statement.getAcct().getId().getIBAN());
            if (iban == null) {
                throw StatementReader.unreadable();
            }
            ibans.add(iban);
        }
        if (ibans.size() > 1) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.severalAccounts",
                    String.join(", ", ibans));
        }
        String currency = statements.getFirst().getAcct().getCcy();
        if (currency != null && !"EUR".equals(currency)) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.currency", currency);
        }
        return ibans.first();
    }

    private static BankTransaction transaction(ReportEntry2 entry) {
        if (entry.getAmt() == null || entry.getAmt().getValue() == null || entry.getCdtDbtInd() == null) {
            throw StatementReader.unreadable();
        }
        if (entry.getAmt().getCcy() != null && !"EUR".equals(entry.getAmt().getCcy())) {
            throw BusinessRuleException.onField("file", "bookkeeping.statement.error.currency", entry.getAmt().getCcy());
        }
        LocalDate date = date(entry.getBookgDt()).or(() -> date(entry.getValDt()))
                .orElseThrow(StatementReader::unreadable);
        boolean credit = entry.getCdtDbtInd() == CreditDebitCode.CRDT;
        EntryTransaction2 details = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream())
                .findFirst().orElse(null);
        PartyIdentification32 party = null;
        CashAccount16 account = null;
        String reference = entry.getAcctSvcrRef();
        String description = null;
        if (details != null) {
            if (details.getRltdPties() != null) {
                party = credit ? details.getRltdPties().getDbtr() : details.getRltdPties().getCdtr();
                account = credit ? details.getRltdPties().getDbtrAcct() : details.getRltdPties().getCdtrAcct();
            }
            if (reference == null && details.getRefs() != null) {
                reference = details.getRefs().getAcctSvcrRef();
            }
            description = remittance(details.getRmtInf());
            if (description == null) {
                description = StatementReader.blankToNull(details.getAddtlTxInf());
            }
        }
        if (description == null) {
            description = StatementReader.blankToNull(entry.getAddtlNtryInf());
        }
        String iban = account == null || account.getId() == null ? null : account.getId().getIBAN();
        return new BankTransaction(date, entry.getAmt().getValue().abs().setScale(2),
                credit ? Direction.INCOME : Direction.EXPENSE, party == null ? null : StatementReader.blankToNull(party.getNm()),
                StatementReader.normalIban(iban), description, StatementReader.blankToNull(reference));
    }

    /** The free text, else the structured payment reference (betalingskenmerk). */
    private static String remittance(RemittanceInformation5 information) {
        if (information == null) {
            return null;
        }
        String free = StatementReader.blankToNull(String.join(" ", information.getUstrd()));
        if (free != null) {
            return free;
        }
        return StatementReader.blankToNull(information.getStrd().stream()
                .map(StructuredRemittanceInformation7::getCdtrRefInf).filter(Objects::nonNull)
                .map(r -> r.getRef()).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private static Optional<CashBalance3> balance(AccountStatement2 statement, BalanceType12Code code) {
        return statement.getBal().stream()
                .filter(b -> b.getTp() != null && b.getTp().getCdOrPrtry() != null
                        && b.getTp().getCdOrPrtry().getCd() == code)
                .findFirst();
    }

    private static BigDecimal signed(CashBalance3 balance) {
        if (balance.getAmt() == null || balance.getAmt().getValue() == null) {
            throw StatementReader.unreadable();
        }
        BigDecimal amount = balance.getAmt().getValue().setScale(2);
        return balance.getCdtDbtInd() == CreditDebitCode.DBIT ? amount.negate() : amount;
    }

    private static LocalDate closingDate(AccountStatement2 statement) {
        return balance(statement, BalanceType12Code.CLBD).flatMap(b -> date(b.getDt()))
                .or(() -> statement.getNtry().stream().map(e -> date(e.getBookgDt()))
                        .flatMap(Optional::stream).max(LocalDate::compareTo))
                .or(() -> Optional.ofNullable(statement.getCreDtTm()).map(t -> t.atZoneSameInstant(AMSTERDAM)
                        .toLocalDate()))
                .orElseThrow(StatementReader::unreadable);
    }

    private static Optional<LocalDate> date(DateAndDateTimeChoice choice) {
        if (choice == null) {
            return Optional.empty();
        }
        return Stream.of(Optional.ofNullable(choice.getDt()),
                        Optional.ofNullable(choice.getDtTm()).map(t -> t.atZoneSameInstant(AMSTERDAM).toLocalDate()))
                .flatMap(Optional::stream).findFirst();
    }
}
