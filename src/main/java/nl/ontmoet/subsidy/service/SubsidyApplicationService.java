package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidyReportRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Reading applications: a centre's list, the managers' review queue and one application with its history and
 * what the current user may do with it. Reading follows {@link CentreAccess}: whoever may not see the centre gets
 * "not found". Drafting is {@link SubsidyDraftService}, deciding {@link SubsidyDecisionService}; every step is
 * checked against {@link SubsidyLifecycle}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyApplicationService {

    private final SubsidyApplicationRepository applications;
    private final SubsidyReportRepository reports;
    private final CentreAccess centreAccess;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
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
        LocalDate today = LocalDate.now(clock);
        return applications.withStatus(SubsidyStatus.SUBMITTED, oldestFirst).map(a -> {
            LocalDate submittedOn = LocalDate.ofInstant(a.getSubmittedAt(), clock.getZone());
            return new ReviewRow(a.getId(), a.getCentre().getSlug(), a.getCentre().getName(), a.getTitle(),
                    a.getScheme().getName(), a.getRequestedAmount(), submittedOn,
                    ChronoUnit.DAYS.between(submittedOn, today));
        });
    }

    @PreAuthorize("isAuthenticated()")
    public ApplicationDetail detail(long centreId, long applicationId) {
        var application = guard.readable(applicationId);
        if (!application.getCentre().getId().equals(centreId)) {
            throw new RecordNotFoundException("Application", applicationId);
        }
        BigDecimal remaining = application.getScheme().getCeiling()
                .subtract(applications.grantedUnder(application.getScheme().getId()));
        var report = reports.ofApplication(applicationId).orElse(null);
        return new ApplicationDetail(application, history.of(applicationId),
                guard.allows(application, SubsidyAction.EDIT), guard.allows(application, SubsidyAction.GRANT),
                remaining, report, guard.allows(application, SubsidyAction.REPORT),
                guard.allows(application, SubsidyAction.SETTLE));
    }

    /** Whether the current user may start a new application for the centre: its coordinators. */
    public boolean canApply(long centreId) {
        return centreAccess.canManage(centreId);
    }
}
