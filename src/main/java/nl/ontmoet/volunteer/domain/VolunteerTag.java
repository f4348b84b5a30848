package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Locale;
import java.util.Objects;

/** A free skill or interest, shown as entered and matched on its lower-cased, single-spaced form. */
@Embeddable
public class VolunteerTag {

    public static final int MAX_LENGTH = 50;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TagKind kind;

    @Column(nullable = false, length = MAX_LENGTH)
    private String label;

    @Column(nullable = false, length = MAX_LENGTH)
    private String normalized;

    protected VolunteerTag() {
    }

    public VolunteerTag(TagKind kind, String label) {
        this.kind = Objects.requireNonNull(kind);
        this.label = tidy(label);
        this.normalized = normalize(label);
    }

    /** Trimmed with single spaces, as shown. */
    public static String tidy(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ");
    }

    /** The form used for matching and for telling duplicates apart. */
    public static String normalize(String label) {
        return tidy(label).toLowerCase(Locale.ROOT);
    }

    public TagKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getNormalized() {
        return normalized;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VolunteerTag other && kind == other.kind && Objects.equals(normalized, other.normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, normalized);
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }
}
