package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.subsidy.domain.SubsidyVersion;
import nl.ontmoet.subsidy.domain.SubsidyVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The stored versions of an application, readable by whoever may read the application. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyVersionService {

    private final ApplicationGuard guard;
    private final SubsidyVersionRepository versions;

    @PreAuthorize("isAuthenticated()")
    public List<VersionSummary> versions(long applicationId) {
        guard.readable(applicationId);
        return versions.ofApplication(applicationId).stream().map(SubsidyVersionService::summary).toList();
    }

    /** Version {@code number} with what changed since the version before it. */
    @PreAuthorize("isAuthenticated()")
    public VersionDetail version(long applicationId, int number) {
        guard.readable(applicationId);
        var all = versions.ofApplication(applicationId);
        var chosen = all.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Version", applicationId + "/" + number));
        var previous = all.stream().filter(v -> v.getNumber() == number - 1).findFirst()
                .map(ApplicationSnapshots::read).orElse(null);
        return VersionComparison.compare(summary(chosen), ApplicationSnapshots.read(chosen), previous);
    }

    private static VersionSummary summary(SubsidyVersion version) {
        return new VersionSummary(version.getNumber(), version.getSubmittedAt(),
                version.getSubmittedBy().getDisplayName());
    }
}
