package nl.ontmoet.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * The one file upload of every screen: read no further than one byte past {@code maxBytes} ({@link Uploads}) and
 * speaking the screen's language ("Bestand kiezen…", "Of sleep een bestand hierheen", its errors and progress).
 */
public class UploadField extends Upload {

    public UploadField(long maxBytes, SerializableBiConsumer<String, byte[]> chosen) {
        super(Uploads.inMemory(maxBytes, chosen));
        setMaxFileSize(Math.toIntExact(maxBytes));
        setDropAllowed(true);
        setI18n(texts());
    }

    /** Replaces the button and drop texts, e.g. "Bijlage kiezen…". */
    public void setChooseTexts(String addFiles, String dropFiles) {
        UploadI18N texts = texts();
        setI18n(texts.setAddFiles(addFiles(addFiles)).setDropFiles(dropFiles(dropFiles)));
    }

    private UploadI18N texts() {
        return new UploadI18N()
                .setAddFiles(addFiles(getTranslation("upload.addFiles")))
                .setDropFiles(dropFiles(getTranslation("upload.dropFiles")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.error.tooBig"))
                        .setIncorrectFileType(getTranslation("upload.error.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining.prefix"))
                                .setUnknown(getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.server"))
                                .setUnexpectedServerError(getTranslation("upload.error.unexpected"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(getTranslation("upload.error.tooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove")));
    }

    private static UploadI18N.AddFiles addFiles(String text) {
        var addFiles = new UploadI18N.AddFiles();
        addFiles.setOne(text).setMany(text);
        return addFiles;
    }

    private static UploadI18N.DropFiles dropFiles(String text) {
        var dropFiles = new UploadI18N.DropFiles();
        dropFiles.setOne(text).setMany(text);
        return dropFiles;
    }
}
