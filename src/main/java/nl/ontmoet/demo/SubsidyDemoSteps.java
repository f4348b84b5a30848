package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.service.LetterIssuer;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyReport;
import nl.ontmoet.subsidy.domain.SubsidyReportRepository;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransition;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of an application's life as the subsidy demo data writes them, each with its transition in the
 * history, at a moment in the past; and the demo's people and centres.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class SubsidyDemoSteps {

    private final SubsidyApplicationRepository applications;
    private final SubsidyTransitionRepository transitions;
    private final SubsidyReportRepository reports;
    private final CategoryRepository categories;
    private final CentreRepository centres;
    private final UserAccountRepository accounts;
    private final LegalEntityRepository legalEntities;
    private final LetterIssuer letters;
    private final SubsidyDemoPayments payments;

    Optional<UserAccount> account(String username) {
        return accounts.findByUsername(username);
    }

    Optional<Centre> centre(String slug) {
        return centres.findBySlug(slug);
    }

    SubsidyApplication draft(SubsidyScheme scheme, Centre centre, UserAccount author, String title, String amount,
                             String purpose, String plan, Integer activities, Integer visitors, Integer volunteers,
                             Instant created) {
        var application = new SubsidyApplication(centre, author);
        application.updateContent(scheme, title, new BigDecimal(amount), purpose, plan, activities, visitors,
                volunteers);
        var saved = applications.save(application);
        step(saved, author, created, null, SubsidyStatus.DRAFT, null);
        return saved;
    }

    void submit(SubsidyApplication application, UserAccount by, Instant at) {
        application.submitted(at);
        step(application, by, at, SubsidyStatus.DRAFT, SubsidyStatus.SUBMITTED, null);
    }

    void grant(SubsidyApplication application, UserAccount manager, String amount, String conditions,
               String reasons, LocalDate reportDue, Instant at) {
        application.grantedWithReport(new BigDecimal(amount), conditions, reasons, reportDue, at);
        step(application, manager, at, SubsidyStatus.SUBMITTED, SubsidyStatus.GRANTED, reasons == null ? conditions
                : reasons);
        payments.onGrant(application, at);
        letter(application, LetterKind.GRANT, manager, at);
    }

    void reject(SubsidyApplication application, UserAccount manager, String reason, Instant at) {
        application.decided(SubsidyStatus.REJECTED, null, null, reason, at);
        step(application, manager, at, SubsidyStatus.SUBMITTED, SubsidyStatus.REJECTED, reason);
        letter(application, LetterKind.REJECTION, manager, at);
    }

    void grantAndSettle(SubsidyApplication application, UserAccount manager, String amount, Instant at) {
        application.grantedAndSettled(new BigDecimal(amount), null, null, at);
        step(application, manager, at, SubsidyStatus.SUBMITTED, SubsidyStatus.SETTLED, null);
        payments.onSettlement(application, at);
        letter(application, LetterKind.GRANT_AND_SETTLEMENT, manager, at);
    }

    void report(SubsidyApplication application, UserAccount by, Instant at, int activities, int visitors,
                int volunteers, String explanation, Map<String, String> costs) {
        var report = new SubsidyReport(application, by, at, activities, visitors, volunteers, explanation);
        costs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cost -> categories.findByCode(
                cost.getKey()).ifPresent(category -> report.addLine(category, new BigDecimal(cost.getValue()))));
        reports.save(report);
        application.reported();
        step(application, by, at, SubsidyStatus.GRANTED, SubsidyStatus.REPORTED, null);
    }

    void settle(SubsidyApplication application, UserAccount manager, String amount, String remark, Instant at) {
        application.settled(new BigDecimal(amount), remark, at);
        step(application, manager, at, SubsidyStatus.REPORTED, SubsidyStatus.SETTLED, remark);
        payments.onSettlement(application, at);
        letter(application, LetterKind.SETTLEMENT, manager, at);
    }

    /** A payment line marked paid (booked in the centre's ledger when it is to the centre). */
    void paid(SubsidyApplication application, Instant at, String reference) {
        payments.paid(application, at, reference);
    }

    /** The repayment decision with its letter. */
    void recover(SubsidyApplication application, UserAccount manager, String amount, LocalDate dueOn, String reason,
                 Instant at) {
        payments.repayment(application, amount, dueOn, reason);
        letter(application, LetterKind.REPAYMENT, manager, at);
    }

    /** The letter of the decision, as the deciding service issues it, dated on the day of the decision. */
    private void letter(SubsidyApplication application, LetterKind kind, UserAccount manager, Instant at) {
        var addressee = legalEntities.findByCentreId(application.getCentre().getId()).orElseThrow();
        letters.issue(application, kind, addressee, manager, at);
    }

    private void step(SubsidyApplication application, UserAccount by, Instant at, SubsidyStatus from,
                      SubsidyStatus to, String comment) {
        transitions.save(new SubsidyTransition(application, by, at, from, to, comment));
    }
}
