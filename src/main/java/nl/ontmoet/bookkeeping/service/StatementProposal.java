package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.service.statement.BankStatement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement read but not yet imported: the account it is for, the transactions that are new (those imported
 * before are counted in {@code skipped}) and the account's balance in Ontmoet on the statement's date so far.
 */
public record StatementProposal(long accountId, String accountLabel, BankStatement statement,
                                List<ProposedTransaction> transactions, int skipped, BigDecimal balanceBefore) {
}
