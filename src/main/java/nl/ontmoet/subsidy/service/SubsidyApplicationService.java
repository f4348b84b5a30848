package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidyReportRepository;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransition;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Applications of centres: drafted and submitted by the centre's coordinators, decided by managers. Every
 * step is checked against {@link SubsidyLifecycle} and written to the application's history. Reading follows
 * {@link CentreAccess}: whoever may not see the centre gets "not found".
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyApplicationService {

    private final SubsidyApplicationRepository applications;
    private final SubsidySchemeRepository schemes;
    private final SubsidyTransitionRepository transitions;
    private final AccountLookup accounts;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;
    private final ApplicationGuard guard;
    private final SubsidyReportRepository reports;
    private final ApplicationSnapshots snapshots;
    private final Clock clock;

    @PreAuthorize("isAuthenticated()")
    public Page<ApplicationRow> page(long centreId, Pageable pageable) {
        centreAccess.requireReadable(centreId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("id")));
        return applications.ofCentre(centreId, sorted).map(a -> new ApplicationRow(a.getId(), a.getTitle(),
                a.getScheme().getName(), a.getRequestedAmount(), a.getStatus(), a.getSubmittedAt(),
                a.getGrantedAmount()));
    }

    /** The review queue: submitted applications, oldest submission first. */
    @PreAuthorize(Roles.HAS_MANAGER)
    public Page<ReviewRow> queue(Pageable pageable) {
        Pageable oldestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id")));
        LocalDate today = today();
        return applications.withStatus(SubsidyStatus.SUBMITTED, oldestFirst).map(a -> {
            LocalDate submittedOn = LocalDate.ofInstant(a.getSubmittedAt(), clock.getZone());
            return new ReviewRow(a.getId(), a.getCentre().getSlug(), a.getCentre().getName(), a.getTitle(),
                    a.getScheme().getName(), a.getRequestedAmount(), submittedOn,
                    ChronoUnit.DAYS.between(submittedOn, today));
        });
    }

    @PreAuthorize("isAuthenticated()")
    public ApplicationDetail detail(long centreId, long applicationId) {
        var application = readable(applicationId);
        if (!application.getCentre().getId().equals(centreId)) {
            throw new RecordNotFoundException("Application", applicationId);
        }
        var history = transitions.ofApplication(applicationId).stream()
                .map(t -> new TransitionRow(t.getOccurredAt(), t.getActor().getDisplayName(), t.getFromStatus(),
                        t.getToStatus(), t.getComment()))
                .toList();
        boolean editable = guard.allows(application, SubsidyAction.EDIT);
        boolean decidable = guard.allows(application, SubsidyAction.GRANT);
        BigDecimal remaining = application.getScheme().getCeiling()
                .subtract(applications.grantedUnder(application.getScheme().getId()));
        var report = reports.ofApplication(applicationId).orElse(null);
        return new ApplicationDetail(application, history, editable, decidable, remaining, report,
                guard.allows(application, SubsidyAction.REPORT), guard.allows(application, SubsidyAction.SETTLE));
    }

    /** Whether the current user may start a new application for the centre: its coordinators. */
    public boolean canApply(long centreId) {
        return centreAccess.canManage(centreId);
    }

    /** Creates a draft ({@code applicationId} null) or changes the content of a draft or returned application. */
    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public SubsidyApplication saveDraft(long centreId, Long applicationId, ApplicationInput input) {
        SubsidyApplication application;
        boolean created = applicationId == null;
        if (created) {
            centreAccess.requireManageable(centreId);
            var centre = centreAccess.requireReadable(centreId);
            application = new SubsidyApplication(centre, me());
        } else {
            application = readable(applicationId);
            if (!application.getCentre().getId().equals(centreId)) {
                throw new RecordNotFoundException("Application", applicationId);
            }
            require(application, SubsidyAction.EDIT);
            if (input.getVersion() != null && !input.getVersion().equals(application.getVersion())) {
                throw new ObjectOptimisticLockingFailureException(SubsidyApplication.class, applicationId);
            }
        }
        var scheme = validContent(input);
        application.updateContent(scheme, input.getTitle().strip(), SubsidySchemeService.scale(input.getRequestedAmount()),
                strip(input.getPurpose()), strip(input.getActivityPlan()), input.getExpectedActivities(),
                input.getExpectedVisitors(), input.getExpectedVolunteers());
        var saved = applications.saveAndFlush(application);
        if (created) {
            transitions.save(new SubsidyTransition(saved, me(), now(), null, SubsidyStatus.DRAFT, null));
        }
        return saved;
    }

    /** Submits a draft or returned application: inside the scheme's window and with every part filled in. */
    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public SubsidyApplication submit(long applicationId) {
        var application = readable(applicationId);
        require(application, SubsidyAction.SUBMIT);
        var scheme = application.getScheme();
        if (!scheme.isOpenOn(today())) {
            throw BusinessRuleException.onField("scheme", "subsidy.error.windowClosed", Formats.DUTCH.longDate(scheme.getOpensOn()),
                    Formats.DUTCH.longDate(scheme.getClosesOn()));
        }
        requireFilled("purpose", application.getPurpose());
        requireFilled("activityPlan", application.getActivityPlan());
        requireNumber("expectedActivities", application.getExpectedActivities());
        requireNumber("expectedVisitors", application.getExpectedVisitors());
        requireNumber("expectedVolunteers", application.getExpectedVolunteers());
        if (application.getRequestedAmount().compareTo(scheme.getCeiling()) > 0) {
            throw BusinessRuleException.onField("requestedAmount", "subsidy.error.aboveCeiling", scheme.getCeiling());
        }
        SubsidyStatus from = application.getStatus();
        application.submitted(now());
        transitions.save(new SubsidyTransition(application, me(), now(), from, SubsidyStatus.SUBMITTED, null));
        snapshots.record(application, me(), now());
        return applications.saveAndFlush(application);
    }

    /**
     * Grants at most the requested amount and at most what remains under the scheme's ceiling. The scheme's
     * row is locked first, so two managers granting at once are handled one after the other and the second
     * sees the first's grant. A grant at or above the scheme's report threshold needs a report by
     * {@code reportDueOn} (after today); below it, the grant is settled at once ("verleend én vastgesteld").
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication grant(long applicationId, BigDecimal amount, String conditions, LocalDate reportDueOn) {
        var application = lockedForDecision(applicationId, SubsidyAction.GRANT);
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.grantPositive");
        }
        BigDecimal granted = SubsidySchemeService.scale(amount);
        if (granted.compareTo(application.getRequestedAmount()) > 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.aboveRequested",
                    application.getRequestedAmount());
        }
        if (conditions != null && conditions.strip().length() > SubsidyApplication.TEXT_LENGTH) {
            throw BusinessRuleException.onField("conditions", "subsidy.error.tooLong", SubsidyApplication.TEXT_LENGTH);
        }
        var scheme = application.getScheme();
        boolean reportRequired = SubsidyLifecycle.reportRequired(granted, scheme.getReportThreshold());
        if (reportRequired && reportDueOn == null) {
            throw BusinessRuleException.onField("reportDueOn", "subsidy.error.reportDueRequired");
        }
        if (reportRequired && !reportDueOn.isAfter(today())) {
            throw BusinessRuleException.onField("reportDueOn", "subsidy.error.reportDueInPast");
        }
        BigDecimal remaining = scheme.getCeiling().subtract(applications.grantedUnder(scheme.getId()));
        if (granted.compareTo(remaining) > 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.aboveRemaining", remaining);
        }
        SubsidyStatus from = application.getStatus();
        SubsidyStatus to = SubsidyLifecycle.afterGrant(granted, scheme.getReportThreshold());
        if (to == SubsidyStatus.GRANTED) {
            application.grantedWithReport(granted, strip(conditions), reportDueOn, now());
        } else {
            application.grantedAndSettled(granted, strip(conditions), now());
        }
        transitions.save(new SubsidyTransition(application, me(), now(), from, to, strip(conditions)));
        return applications.saveAndFlush(application);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication reject(long applicationId, String reason) {
        var application = lockedForDecision(applicationId, SubsidyAction.REJECT);
        return decide(application, SubsidyStatus.REJECTED, null, null, requireReason(reason));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication requestChanges(long applicationId, String reason) {
        var application = lockedForDecision(applicationId, SubsidyAction.REQUEST_CHANGES);
        return decide(application, SubsidyStatus.CHANGES_REQUESTED, null, null, requireReason(reason));
    }

    private SubsidyApplication decide(SubsidyApplication application, SubsidyStatus to, BigDecimal granted,
                                      String conditions, String reason) {
        SubsidyStatus from = application.getStatus();
        application.decided(to, granted, conditions, reason, now());
        String comment = reason != null ? reason : conditions;
        transitions.save(new SubsidyTransition(application, me(), now(), from, to, comment));
        return applications.saveAndFlush(application);
    }

    private SubsidyApplication lockedForDecision(long applicationId, SubsidyAction action) {
        long schemeId = applications.schemeIdOf(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        schemes.lockById(schemeId);
        var application = readable(applicationId);
        require(application, action);
        return application;
    }

    /** For the other subsidy services: the application, or "not found" when its centre is not readable. */
    SubsidyApplication readableApplication(long applicationId) {
        return readable(applicationId);
    }

    /** For the other subsidy services: refuses unless the current user may change the content now. */
    void requireEditable(SubsidyApplication application) {
        require(application, SubsidyAction.EDIT);
    }

    /** For the other subsidy services: refuses unless the current user may submit the report now. */
    void requireReportable(SubsidyApplication application) {
        require(application, SubsidyAction.REPORT);
    }

    boolean isEditable(SubsidyApplication application) {
        return guard.allows(application, SubsidyAction.EDIT);
    }

    private SubsidyApplication readable(long applicationId) {
        return guard.readable(applicationId);
    }

    private void require(SubsidyApplication application, SubsidyAction action) {
        guard.require(application, action);
    }

    private SubsidyScheme validContent(ApplicationInput input) {
        if (input.getScheme() == null || input.getScheme().getId() == null) {
            throw BusinessRuleException.onField("scheme", "subsidy.error.schemeRequired");
        }
        var scheme = schemes.findById(input.getScheme().getId())
                .orElseThrow(() -> BusinessRuleException.onField("scheme", "subsidy.error.schemeRequired"));
        if (input.getTitle() == null || input.getTitle().isBlank()) {
            throw BusinessRuleException.onField("title", "subsidy.error.titleRequired");
        }
        if (input.getRequestedAmount() == null || input.getRequestedAmount().signum() <= 0) {
            throw BusinessRuleException.onField("requestedAmount", "subsidy.error.requestedPositive");
        }
        if (input.getRequestedAmount().compareTo(scheme.getCeiling()) > 0) {
            throw BusinessRuleException.onField("requestedAmount", "subsidy.error.aboveCeiling", scheme.getCeiling());
        }
        for (var text : new String[][]{{"purpose", input.getPurpose()}, {"activityPlan", input.getActivityPlan()}}) {
            if (text[1] != null && text[1].strip().length() > SubsidyApplication.TEXT_LENGTH) {
                throw BusinessRuleException.onField(text[0], "subsidy.error.tooLong", SubsidyApplication.TEXT_LENGTH);
            }
        }
        for (var number : new Object[][]{{"expectedActivities", input.getExpectedActivities()},
                {"expectedVisitors", input.getExpectedVisitors()}, {"expectedVolunteers", input.getExpectedVolunteers()}}) {
            if (number[1] != null && (Integer) number[1] < 0) {
                throw BusinessRuleException.onField((String) number[0], "subsidy.error.negativeNumber");
            }
        }
        return scheme;
    }

    private static void requireFilled(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "subsidy.error.partMissing");
        }
    }

    private static void requireNumber(String field, Integer value) {
        if (value == null) {
            throw BusinessRuleException.onField(field, "subsidy.error.partMissing");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "subsidy.error.reasonRequired");
        }
        if (reason.strip().length() > SubsidyApplication.TEXT_LENGTH) {
            throw BusinessRuleException.onField("reason", "subsidy.error.tooLong", SubsidyApplication.TEXT_LENGTH);
        }
        return reason.strip();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private UserAccount me() {
        return accounts.reference(currentUser.id());
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
