package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.UploadField;
import nl.ontmoet.subsidy.domain.AttachmentInfo;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.service.AttachmentUpload;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;

/** The application's files: download links for everyone who may read it, an upload while it may change. */
class AttachmentsPanel extends Div {

    private static final long MAX_BYTES = AttachmentUpload.MAX_BYTES;

    private final SubsidyAttachmentService attachmentService;
    private final FormErrors formErrors;
    private final long applicationId;
    private final boolean editable;
    private final AttachmentStage stage;
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final UploadField upload;

    AttachmentsPanel(SubsidyAttachmentService attachmentService, FormErrors formErrors, long applicationId,
                     boolean editable) {
        this(attachmentService, formErrors, applicationId, AttachmentStage.APPLICATION, editable);
    }

    AttachmentsPanel(SubsidyAttachmentService attachmentService, FormErrors formErrors, long applicationId,
                     AttachmentStage stage, boolean editable) {
        this.stage = stage;
        this.attachmentService = attachmentService;
        this.formErrors = formErrors;
        this.applicationId = applicationId;
        this.editable = editable;
        addClassName("subsidy-attachments");
        String title = getTranslation(stage == AttachmentStage.REPORT ? "subsidy.attachments.report"
                : "subsidy.attachments");
        list.getElement().setAttribute("aria-label", title);
        add(new H3(title), empty, list);
        upload = new UploadField(MAX_BYTES, (fileName, data) ->
                getUI().ifPresent(ui -> ui.access(() -> attachmentChosen(fileName, data))));
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx");
        upload.setChooseTexts(getTranslation("subsidy.attachments.choose"), getTranslation("subsidy.attachments.drop"));
        upload.getElement().setAttribute("aria-label", getTranslation("subsidy.attachments.add"));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                getTranslation("subsidy.attachment.rejected", rejected.getFileName())));
        if (editable) {
            var label = new NativeLabel(getTranslation("subsidy.attachments.add"));
            label.addClassName("field-label");
            var help = new Span(getTranslation("subsidy.attachments.help"));
            help.addClassName("field-help");
            add(label, help, upload);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var files = attachmentService.attachments(applicationId, stage);
        empty.setText(getTranslation("subsidy.attachments.none"));
        empty.setVisible(files.isEmpty());
        files.forEach(file -> list.add(item(file)));
    }

    private ListItem item(AttachmentInfo file) {
        var link = Downloads.link(file.fileName(), () -> attachmentService.download(applicationId, file.id()));
        var meta = new Span(" · " + SubsidyTexts.fileSize(file.sizeBytes()) + " · "
                + SubsidyTexts.shortDay(file.addedAt()) + " · " + file.addedBy());
        meta.addClassName("attachment-meta");
        var item = new ListItem(VaadinIcon.PAPERCLIP.create(), link, meta);
        if (editable) {
            var remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("subsidy.attachments.remove", file.fileName()));
            remove.setTooltipText(getTranslation("subsidy.attachments.remove", file.fileName()));
            remove.addClickListener(click -> {
                if (formErrors.attempt(null, () -> attachmentService.removeAttachment(applicationId, file.id()))) {
                    refresh();
                }
            });
            item.add(remove);
        }
        return item;
    }

    /** Called when a file has been uploaded; tests call it directly. */
    void attachmentChosen(String fileName, byte[] content) {
        if (formErrors.attempt(null, () -> attachmentService.addAttachment(applicationId, stage,
                new AttachmentUpload(fileName, content)))) {
            Notifications.success(getTranslation("subsidy.attachments.added", fileName));
            refresh();
        }
        upload.clearFileList();
    }
}
