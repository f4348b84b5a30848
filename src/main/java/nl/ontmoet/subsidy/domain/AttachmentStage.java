package nl.ontmoet.subsidy.domain;

/** When a file was added: with the application, or later with the accountability report. */
public enum AttachmentStage {
    APPLICATION, REPORT
}
