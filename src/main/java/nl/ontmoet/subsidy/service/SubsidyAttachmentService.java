package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.AttachmentInfo;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyAttachment;
import nl.ontmoet.subsidy.domain.SubsidyAttachmentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Files that go with an application, per stage. Application-stage files are added only while the content may
 * change; everybody who may read the application may download them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyAttachmentService {

    private final ApplicationGuard guard;
    private final SubsidyAttachmentRepository attachments;

    @PreAuthorize("isAuthenticated()")
    public List<AttachmentInfo> attachments(long applicationId, AttachmentStage stage) {
        guard.readable(applicationId);
        return attachments.infos(applicationId, stage);
    }

    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public AttachmentInfo addAttachment(long applicationId, AttachmentStage stage, AttachmentUpload upload) {
        var application = guard.readable(applicationId);
        requireChangeable(application, stage);
        String contentType = AttachmentRules.requireAccepted(upload == null ? null : upload.content());
        var saved = attachments.saveAndFlush(new SubsidyAttachment(application, stage,
                AttachmentRules.cleanName(upload.fileName(), contentType, SubsidyAttachment.FILE_NAME_LENGTH), contentType,
                upload.content()));
        return attachments.infos(applicationId, stage).stream().filter(a -> a.id() == saved.getId()).findFirst()
                .orElseThrow();
    }

    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public void removeAttachment(long applicationId, long attachmentId) {
        var application = guard.readable(applicationId);
        var attachment = attachments.ofApplication(applicationId, attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        requireChangeable(application, attachment.getStage());
        attachments.delete(attachment);
        attachments.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public DownloadFile download(long applicationId, long attachmentId) {
        guard.readable(applicationId);
        var attachment = attachments.ofApplication(applicationId, attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        return new DownloadFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** Application files change only while the content may; report files only until the report is submitted. */
    private void requireChangeable(SubsidyApplication application, AttachmentStage stage) {
        if (stage == AttachmentStage.REPORT) {
            guard.require(application, SubsidyAction.REPORT);
        } else {
            guard.require(application, SubsidyAction.EDIT);
        }
    }
}
