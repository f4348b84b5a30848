package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AuditRedacted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * An agreement (afspraak) made in a session with one coordinator. In intervision every coordinator has their
 * own agreements, which the other participants never see.
 */
@Entity
@Table(name = "coaching_agreement")
public class Agreement extends CoordinatorPart {

    public static final int TEXT_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AgreementOwner owner;

    @AuditRedacted
    @Column(nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Agreement() {
    }

    public Agreement(CoachingSession session, UserAccount coordinator, AgreementOwner owner, String description,
                     LocalDate dueDate) {
        super(session, coordinator);
        this.owner = owner;
        this.description = description;
        this.dueDate = dueDate;
    }

    public AgreementOwner getOwner() {
        return owner;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void markDone(boolean done, LocalDate today) {
        this.done = done;
        this.doneOn = done ? today : null;
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }
}
