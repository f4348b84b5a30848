package nl.ontmoet.notification.service;

import jakarta.persistence.EntityManager;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.notification.domain.NotificationRepository;
import nl.ontmoet.subsidy.SubsidyFixture;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Mail is off by default; switched on, a new notification is mailed in Dutch with its link to the recipient's
 * address, and a missing or failing mail server changes nothing.
 */
@IntegrationTest
class NotificationMailerIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationWriter writer;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    EntityManager entityManager;
    @Autowired
    BundleI18NProvider i18n;
    @Autowired
    SubsidyFixture subsidy;

    @Test
    void mail_is_off_by_default() {
        assertThat(context.getBeanNamesForType(NotificationMailer.class)).isEmpty();
    }

    @Test
    void a_new_notification_is_mailed_in_dutch_with_its_link() {
        var account = accounts.findByUsername("coordinator").orElseThrow();
        assertThat(account.getEmail()).isNotBlank();
        long id = store(account.getId(), 930_001);
        var sender = mock(JavaMailSender.class);

        mailer(sender).mail(new NotificationCreated(id));

        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly(account.getEmail());
        assertThat(sent.getValue().getFrom()).isEqualTo("meldingen@ontmoet.example");
        assertThat(sent.getValue().getSubject()).isEqualTo("Ontmoet: nieuwe melding");
        assertThat(sent.getValue().getText())
                .startsWith("De verantwoording van ‘Buurtkeuken’ moet uiterlijk 16 november 2026 binnen zijn.")
                .contains("Bekijken: https://ontmoet.example/centres/huis-van-de-wijk-de-nude/subsidies/7");
    }

    @Test
    void without_a_mail_server_or_with_a_failing_one_nothing_breaks() {
        long id = store(accounts.findByUsername("coordinator").orElseThrow().getId(), 930_002);
        var noServer = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        new NotificationMailer(notifications, entityManager, i18n, noServer, "meldingen@ontmoet.example",
                "https://ontmoet.example").mail(new NotificationCreated(id));

        var failing = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(failing).send(any(SimpleMailMessage.class));
        mailer(failing).mail(new NotificationCreated(id));
        assertThat(notifications.findById(id)).isPresent();
    }

    @Test
    void an_account_without_address_gets_no_mail() {
        var account = subsidy.account("notification-no-address", Role.COORDINATOR);
        assertThat(account.getEmail()).isNull();
        var sender = mock(JavaMailSender.class);
        mailer(sender).mail(new NotificationCreated(store(account.getId(), 930_003)));
        verify(sender, never()).send(any(SimpleMailMessage.class));
    }

    private NotificationMailer mailer(JavaMailSender sender) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new NotificationMailer(notifications, entityManager, i18n, beans.getBeanProvider(JavaMailSender.class),
                "meldingen@ontmoet.example", "https://ontmoet.example/");
    }

    private long store(long recipient, long subject) {
        writer.notify(List.of(recipient), NotificationKind.REPORT_DUE, subject, "Buurtkeuken", TestClock.TODAY,
                "centres/huis-van-de-wijk-de-nude/subsidies/7");
        return notifications.about(NotificationKind.REPORT_DUE, subject).getFirst().getId();
    }
}
