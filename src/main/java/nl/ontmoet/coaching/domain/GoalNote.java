package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

import java.time.LocalDate;

/** A progress note on a development goal, by the coach or the coordinator. */
@Entity
@Table(name = "coaching_goal_note")
public class GoalNote extends AbstractEntity {

    public static final int TEXT_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private DevelopmentGoal goal;

    @AuditRedacted
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @AuditRedacted
    @Column(name = "note_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    protected GoalNote() {
    }

    public GoalNote(DevelopmentGoal goal, UserAccount author, LocalDate writtenOn, String text) {
        this.goal = goal;
        this.author = author;
        this.writtenOn = writtenOn;
        this.text = text;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getText() {
        return text;
    }
}
