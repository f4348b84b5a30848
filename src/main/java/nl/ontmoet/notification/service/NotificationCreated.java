package nl.ontmoet.notification.service;

/** A notification was stored; after the commit it may be mailed ({@link NotificationMailer}). */
public record NotificationCreated(long notificationId) {
}
