package nl.ontmoet.notification.domain;

/**
 * What a notification is about. The first five follow a step on a subsidy application, the others come from the
 * daily job: they have a due date, and exist once per recipient, subject and due date.
 */
public enum NotificationKind {
    APPLICATION_SUBMITTED,
    APPLICATION_GRANTED,
    APPLICATION_REJECTED,
    APPLICATION_SETTLED,
    CHANGES_REQUESTED,
    REPORT_DUE,
    AGREEMENT_DUE,
    VOG_EXPIRING,
    LIMITS_MISSING;

    /** The i18n key of the text; {0} is the subject's title, {1} the due date. */
    public String textKey() {
        return "notification.text." + name();
    }
}
