package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.MatchCandidate;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;

import java.util.List;

/**
 * A new transaction of a statement as the treasurer reviews it: the category suggested for its counterparty (null
 * when unknown), the entries typed by hand it may be the payment of (nearest date first) and the one proposed.
 */
public record ProposedTransaction(int line, BankTransaction transaction, Long suggestedCategoryId,
                                  List<MatchCandidate> candidates, Long proposedMatchId) {
}
