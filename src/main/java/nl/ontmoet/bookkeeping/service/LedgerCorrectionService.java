package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Corrections (storno, creditering): a new entry in the corrected entry's account, category and direction that
 * names the entry it corrects, with a negative amount to take money back. The corrected entry itself is never
 * changed, so an entry of a closed year is corrected by a correction dated in an open year.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerCorrectionService {

    private final LedgerEntryRepository entries;
    private final LedgerService ledger;
    private final CentreAccess access;
    private final YearCloseService yearClose;
    private final Clock clock;

    /**
     * Books a correction of {@code correctedEntryId} on {@code date}; {@code amount} null takes the whole amount
     * back (a full storno). Refused without a reference, in a closed year, or with an amount of zero.
     */
    @Transactional
    public LedgerEntry correct(long centreId, Long correctedEntryId, LocalDate date, BigDecimal amount,
                               String description) {
        access.requireReadable(centreId);
        access.requireManageable(centreId);
        if (correctedEntryId == null) {
            throw BusinessRuleException.onField("corrects", "bookkeeping.correction.error.referenceRequired");
        }
        var corrected = entries.findWithCategoryById(correctedEntryId)
                .filter(entry -> entry.getCentre().getId().equals(centreId))
                .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", correctedEntryId));
        var correction = new LedgerEntry(corrected.getCentre());
        correction.setCorrects(corrected);
        correction.setEntryDate(date);
        correction.setDirection(corrected.getDirection());
        correction.setCategory(corrected.getCategory());
        correction.setAccount(corrected.getAccount());
        correction.setAmount(amount == null ? corrected.getAmount().negate() : amount);
        correction.setCounterparty(corrected.getCounterparty());
        correction.setReference(corrected.getReference());
        correction.setDescription(description != null && !description.isBlank() ? description
                : correctionOf(corrected.getDescription()));
        return ledger.save(correction, null);
    }

    /**
     * Books money a centre paid back (a subsidy repaid) for another feature, inside that feature's transaction: a
     * correction of the income entry {@code correctedEntryId} with a negative amount, kept with the same subsidy.
     * The calling feature decides who may book (a manager records the repayment); the centre must be readable, the
     * date valid and its year open.
     */
    @Transactional
    public long bookReturn(long centreId, long correctedEntryId, LocalDate date, BigDecimal amount, String description,
                           String reference) {
        access.requireReadable(centreId);
        var corrected = entries.findWithCategoryById(correctedEntryId)
                .filter(entry -> entry.getCentre().getId().equals(centreId))
                .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", correctedEntryId));
        BookkeepingRules.requireEntryDate(date, LocalDate.now(clock));
        yearClose.requireOpen(centreId, date.getYear(), "entryDate");
        var correction = new LedgerEntry(corrected.getCentre());
        correction.setCorrects(corrected);
        correction.setEntryDate(date);
        correction.setDirection(corrected.getDirection());
        correction.setCategory(corrected.getCategory());
        correction.setAccount(corrected.getAccount());
        correction.setAmount(BookkeepingRules.requireCorrectionAmount(amount, "amount"));
        correction.setDescription(description);
        correction.setCounterparty(corrected.getCounterparty());
        correction.setReference(reference);
        correction.setSubsidyApplicationId(corrected.getSubsidyApplicationId());
        return entries.saveAndFlush(correction).getId();
    }

    private static String correctionOf(String description) {
        String text = "Correctie: " + description;
        return text.length() <= LedgerEntry.DESCRIPTION_LENGTH ? text
                : text.substring(0, LedgerEntry.DESCRIPTION_LENGTH);
    }
}
