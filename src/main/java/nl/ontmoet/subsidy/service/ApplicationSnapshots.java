package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyAttachmentRepository;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLineRepository;
import nl.ontmoet.subsidy.domain.SubsidyVersion;
import nl.ontmoet.subsidy.domain.SubsidyVersionRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** Writes the content of an application as the next version on submission, and reads versions back. */
@Component
@RequiredArgsConstructor
public class ApplicationSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubsidyVersionRepository versions;
    private final SubsidyBudgetLineRepository budgetLines;
    private final SubsidyAttachmentRepository attachments;

    public SubsidyVersion record(SubsidyApplication application, UserAccount by, Instant at) {
        var snapshot = snapshotOf(application);
        int number = versions.lastNumber(application.getId()) + 1;
        return versions.save(new SubsidyVersion(application, number, at, by, JSON.writeValueAsString(snapshot)));
    }

    ApplicationSnapshot snapshotOf(SubsidyApplication application) {
        var lines = budgetLines.ofApplication(application.getId()).stream()
                .map(l -> new ApplicationSnapshot.Line(l.getCategory().getCode(), l.getCategory().getName(),
                        l.getCategory().getDirection(), l.getAmount(), l.getNote()))
                .toList();
        var names = attachments.infos(application.getId(), AttachmentStage.APPLICATION).stream()
                .map(a -> a.fileName()).toList();
        return new ApplicationSnapshot(application.getTitle(), application.getRequestedAmount(),
                application.getPurpose(), application.getActivityPlan(), application.getExpectedActivities(),
                application.getExpectedVisitors(), application.getExpectedVolunteers(), lines, names);
    }

    static ApplicationSnapshot read(SubsidyVersion version) {
        return JSON.readValue(version.getContent(), ApplicationSnapshot.class);
    }
}
