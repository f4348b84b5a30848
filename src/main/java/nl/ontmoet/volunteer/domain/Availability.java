package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.util.Objects;

/** One day part of the week in which a volunteer is available at a centre, e.g. Tuesday evening. */
@Embeddable
public class Availability {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_part", nullable = false, length = 10)
    private DayPart dayPart;

    protected Availability() {
    }

    public Availability(DayOfWeek dayOfWeek, DayPart dayPart) {
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek);
        this.dayPart = Objects.requireNonNull(dayPart);
    }

    public Slot slot() {
        return new Slot(dayOfWeek, dayPart);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public DayPart getDayPart() {
        return dayPart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability other && dayOfWeek == other.dayOfWeek && dayPart == other.dayPart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, dayPart);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + dayPart;
    }

    /** A weekday and a part of it, as a plain value for matching and forms. */
    public record Slot(DayOfWeek dayOfWeek, DayPart dayPart) implements Comparable<Slot> {

        public Availability toAvailability() {
            return new Availability(dayOfWeek, dayPart);
        }

        @Override
        public int compareTo(Slot other) {
            int byDay = dayOfWeek.compareTo(other.dayOfWeek);
            return byDay != 0 ? byDay : dayPart.compareTo(other.dayPart);
        }
    }
}
