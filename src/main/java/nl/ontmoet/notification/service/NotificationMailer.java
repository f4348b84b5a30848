package nl.ontmoet.notification.service;

import jakarta.persistence.EntityManager;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.notification.domain.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * With {@code ontmoet.notifications.mail.enabled=true}, mails each new notification, once it is committed, to the
 * recipient's e-mail address (if they have one): the Dutch text and the link. A failing or missing mail server is
 * logged and changes nothing: the notification stays in the bell.
 */
@Component
@ConditionalOnProperty(name = "ontmoet.notifications.mail.enabled", havingValue = "true")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final NotificationRepository notifications;
    private final EntityManager entityManager;
    private final BundleI18NProvider i18n;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    NotificationMailer(NotificationRepository notifications, EntityManager entityManager, BundleI18NProvider i18n,
                       ObjectProvider<JavaMailSender> sender,
                       @Value("${ontmoet.notifications.mail.from}") String from,
                       @Value("${ontmoet.notifications.mail.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.i18n = i18n;
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @TransactionalEventListener(fallbackExecution = true)
    void mail(NotificationCreated created) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.warn("Notification mail is on, but no mail server is configured (spring.mail.host)");
            return;
        }
        var notification = notifications.findById(created.notificationId()).orElse(null);
        if (notification == null) {
            return;
        }
        var addresses = entityManager.createQuery("select u.email from UserAccount u where u.id = :id", String.class)
                .setParameter("id", notification.getRecipientId()).getResultList();
        String address = addresses.isEmpty() ? null : addresses.getFirst();
        if (address == null || address.isBlank()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(i18n.getTranslation("notification.mail.subject", Formats.DUTCH_LOCALE));
        String text = i18n.getTranslation(notification.getKind().textKey(), Formats.DUTCH_LOCALE,
                notification.getSubjectTitle(), Formats.DUTCH.longDate(notification.getDueOn()));
        message.setText(i18n.getTranslation("notification.mail.body", Formats.DUTCH_LOCALE, text,
                baseUrl + notification.getRoute()));
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.warn("Notification {} not mailed: {}", notification.getId(), e.getMessage());
        }
    }
}
