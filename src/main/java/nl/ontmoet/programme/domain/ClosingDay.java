package nl.ontmoet.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

import java.time.LocalDate;

/** A day the centre is closed (holiday, maintenance); series skip it. */
@Entity
@Table(name = "closing_day")
public class ClosingDay extends AbstractEntity {

    public static final int REASON_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    protected ClosingDay() {
    }

    public ClosingDay(Centre centre, LocalDate day, String reason) {
        this.centre = centre;
        this.day = day;
        this.reason = reason;
    }

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getReason() {
        return reason;
    }
}
