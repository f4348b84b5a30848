package nl.ontmoet.subsidy.service;

import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyPayment;

import java.time.LocalDate;
import java.util.List;

/** Everything one letter says, fixed at the moment the decision is taken. */
record LetterFacts(LetterKind kind, String reference, LocalDate sentOn, SubsidyApplication application,
                   LegalEntity addressee, String signer, Letterhead letterhead, List<SubsidyPayment> payments) {
}
