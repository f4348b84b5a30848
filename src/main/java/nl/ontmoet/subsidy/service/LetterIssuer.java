package nl.ontmoet.subsidy.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.centre.service.LegalEntityService;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyLetter;
import nl.ontmoet.subsidy.domain.SubsidyLetterRepository;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes the letter of a decision at the moment it is taken and stores it as sent: PDF/A, with kenmerk
 * ({@code SUB-<year>-<application>-<kind><n>}) and send date (dagtekening, the decision's day in the clock's zone,
 * Europe/Amsterdam). Called inside the deciding service's transaction, so a decision is never without its letter.
 * Letters are formal documents of a Dutch municipality, so they are always in Dutch.
 */
@Component
public class LetterIssuer {

    private final SubsidyLetterRepository letters;
    private final SubsidyPaymentRepository payments;
    private final LegalEntityService legalEntities;
    private final Letterhead letterhead;
    private final BundleI18NProvider i18n;
    private final Clock clock;

    LetterIssuer(SubsidyLetterRepository letters, SubsidyPaymentRepository payments, LegalEntityService legalEntities, Letterhead letterhead,
                 com.vaadin.flow.i18n.I18NProvider i18n, Clock clock) {
        this.letters = letters;
        this.payments = payments;
        this.legalEntities = legalEntities;
        this.letterhead = letterhead;
        this.i18n = (BundleI18NProvider) i18n;
        this.clock = clock;
    }

    /**
     * The legal entity a decision on this application is addressed to. Refused before anything is decided when the
     * centre has no legal entity recorded or the scheme names no legal basis: a letter needs both.
     */
    LegalEntity addresseeOf(SubsidyApplication application) {
        var scheme = application.getScheme();
        if (scheme.getRegulation() == null || scheme.getArticle() == null) {
            throw new BusinessRuleException("subsidy.error.schemeWithoutLegalBasis", scheme.getName());
        }
        return legalEntities.of(application.getCentre().getId()).orElseThrow(() ->
                new BusinessRuleException("subsidy.error.noLegalEntity", application.getCentre().getName()));
    }

    /** Writes and stores the letter of the decision taken at {@code decidedAt}, signed by {@code signer}. */
    public SubsidyLetter issue(SubsidyApplication application, LetterKind kind, LegalEntity addressee,
                               UserAccount signer, Instant decidedAt) {
        LocalDate sentOn = LocalDate.ofInstant(decidedAt, clock.getZone());
        String reference = "SUB-%d-%06d-%s%d".formatted(sentOn.getYear(), application.getId(), kind.code(),
                letters.countByApplicationId(application.getId()) + 1);
        var facts = new LetterFacts(kind, reference, sentOn, application, addressee, signer.getDisplayName(),
                letterhead, payments.findByApplicationIdOrderByDueOnAscIdAsc(application.getId()));
        var letter = new LetterWriter(i18n, i18n.getTranslation("subsidy.letter.kind." + kind.name(),
                BundleI18NProvider.DUTCH) + " " + reference);
        LetterOpening.write(letter, facts, clock.getZone());
        switch (kind) {
            case GRANT, GRANT_AND_SETTLEMENT -> GrantBody.write(letter, facts, clock.getZone());
            case REJECTION -> SettlementBody.rejection(letter, facts, clock.getZone());
            case SETTLEMENT -> SettlementBody.settlement(letter, facts, clock.getZone());
            case REPAYMENT -> PaymentBody.repayment(letter, facts, clock.getZone());
        }
        ObjectionClause.write(letter, facts);
        LetterOpening.signature(letter, facts);
        return letters.save(new SubsidyLetter(application, kind, reference, sentOn, letter.bytes()));
    }
}
