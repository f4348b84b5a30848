package nl.ontmoet.notification.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    Optional<Notification> findById(Long id);

    /** A recipient's newest notifications first, at most {@code limit}. */
    @Query("""
            select n from Notification n where n.recipientId = :recipient
            order by n.occurredAt desc, n.id desc""")
    List<Notification> recent(@Param("recipient") long recipientId, Limit limit);

    @Query("select count(n) from Notification n where n.recipientId = :recipient and n.readAt is null")
    long countUnread(@Param("recipient") long recipientId);

    @Query("select n from Notification n where n.recipientId = :recipient and n.readAt is null")
    List<Notification> unread(@Param("recipient") long recipientId);

    boolean existsByRecipientIdAndKindAndSubjectIdAndDueOn(long recipientId, NotificationKind kind, long subjectId,
                                                           LocalDate dueOn);

    /** For tests. */
    @Query("""
            select n from Notification n where n.kind = :kind and n.subjectId = :subject
            order by n.recipientId, n.id""")
    List<Notification> about(@Param("kind") NotificationKind kind, @Param("subject") long subjectId);
}
