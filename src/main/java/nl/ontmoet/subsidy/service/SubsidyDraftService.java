package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drafting: the centre's coordinators write an application and submit it. The content is checked by the
 * annotations of {@link ApplicationInput}; submitting needs every part and the scheme's window open.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyDraftService {

    private static final List<String> FIELD_ORDER = List.of("scheme", "title", "requestedAmount", "purpose",
            "activityPlan", "expectedActivities", "expectedVisitors", "expectedVolunteers");
    private static final Map<String, String> MISSING = Map.of("scheme", "subsidy.error.schemeRequired",
            "title", "subsidy.error.titleRequired", "requestedAmount", "subsidy.error.requestedPositive");

    private final SubsidyApplicationRepository applications;
    private final SubsidySchemeRepository schemes;
    private final CentreAccess centreAccess;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
    private final ApplicationSnapshots snapshots;
    private final InputValidation validation;

    /** Creates a draft ({@code applicationId} null) or changes the content of a draft or returned application. */
    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public SubsidyApplication saveDraft(long centreId, Long applicationId, ApplicationInput input) {
        boolean created = applicationId == null;
        var application = created ? newDraft(centreId) : editable(centreId, applicationId, input.getVersion());
        var scheme = validContent(input);
        application.updateContent(scheme, input.getTitle().strip(), input.getRequestedAmount().setScale(2),
                strip(input.getPurpose()), strip(input.getActivityPlan()), input.getExpectedActivities(), input.getExpectedVisitors(),
                input.getExpectedVolunteers());
        var saved = applications.saveAndFlush(application);
        if (created) {
            history.record(saved, history.now(), null, SubsidyStatus.DRAFT, null);
        }
        return saved;
    }

    /** Submits a draft or returned application: inside the scheme's window and with every part filled in. */
    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public SubsidyApplication submit(long applicationId) {
        var application = guard.permitting(applicationId, SubsidyAction.SUBMIT);
        var scheme = application.getScheme();
        if (!scheme.isOpenOn(history.today())) {
            throw BusinessRuleException.onField("scheme", "subsidy.error.windowClosed",
                    Formats.DUTCH.longDate(scheme.getOpensOn()), Formats.DUTCH.longDate(scheme.getClosesOn()));
        }
        requireFilled("purpose", application.getPurpose());
        requireFilled("activityPlan", application.getActivityPlan());
        requireFilled("expectedActivities", application.getExpectedActivities());
        requireFilled("expectedVisitors", application.getExpectedVisitors());
        requireFilled("expectedVolunteers", application.getExpectedVolunteers());
        requireWithinCeiling(application.getRequestedAmount(), scheme);
        SubsidyStatus from = application.getStatus();
        Instant now = history.now();
        application.submitted(now);
        history.record(application, now, from, SubsidyStatus.SUBMITTED, null);
        snapshots.record(application, history.me(), now);
        return applications.saveAndFlush(application);
    }

    private SubsidyApplication newDraft(long centreId) {
        centreAccess.requireManageable(centreId);
        return new SubsidyApplication(centreAccess.requireReadable(centreId), history.me());
    }

    private SubsidyApplication editable(long centreId, long applicationId, Long version) {
        var application = guard.readable(applicationId);
        if (!application.getCentre().getId().equals(centreId)) {
            throw new RecordNotFoundException("Application", applicationId);
        }
        guard.require(application, SubsidyAction.EDIT);
        if (version != null && !version.equals(application.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(SubsidyApplication.class, applicationId);
        }
        return application;
    }

    private SubsidyScheme validContent(ApplicationInput input) {
        validation.require(input, FIELD_ORDER, MISSING);
        var scheme = Optional.ofNullable(input.getScheme().getId()).flatMap(schemes::findById)
                .orElseThrow(() -> BusinessRuleException.onField("scheme", "subsidy.error.schemeRequired"));
        Amounts.cents(input.getRequestedAmount(), "requestedAmount");
        requireWithinCeiling(input.getRequestedAmount(), scheme);
        return scheme;
    }

    private static void requireWithinCeiling(BigDecimal requested, SubsidyScheme scheme) {
        if (requested.compareTo(scheme.getCeiling()) > 0) {
            throw BusinessRuleException.onField("requestedAmount", "subsidy.error.aboveCeiling", scheme.getCeiling());
        }
    }

    private static void requireFilled(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw BusinessRuleException.onField(field, "subsidy.error.partMissing");
        }
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
