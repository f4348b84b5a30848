package nl.ontmoet.volunteer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One person who volunteers at one or more centres; personal data lives here, the centre-specific part in Engagement.
 * Personal fields are {@link AuditRedacted}: the audit trail says that they changed, never what they said, so an
 * erasure on request leaves no copy behind.
 */
@Entity
@Table(name = "volunteer")
public class Volunteer extends AbstractEntity {

    public static final String ERASED_NAME_PREFIX = "Geanonimiseerde vrijwilliger #";

    @AuditRedacted
    @Column(nullable = false, length = 100)
    private String name;

    @AuditRedacted
    @Column(length = 200)
    private String email;

    @AuditRedacted
    @Column(length = 30)
    private String phone;

    @AuditRedacted
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @AuditRedacted
    @ElementCollection
    @CollectionTable(name = "volunteer_tag", joinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<VolunteerTag> tags = new LinkedHashSet<>();

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "other_allowance_per_month", nullable = false, precision = 12, scale = 2)
    private BigDecimal otherAllowancePerMonth = new BigDecimal("0.00");

    /** First day of the period in which the other organisations pay; null: since ever. */
    @Column(name = "other_allowance_from")
    private LocalDate otherAllowanceFrom;

    /** Last day of that period; null: open-ended. */
    @Column(name = "other_allowance_until")
    private LocalDate otherAllowanceUntil;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim().replaceAll("\\s+", " ");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public BigDecimal getOtherAllowancePerMonth() {
        return otherAllowancePerMonth;
    }

    public void setOtherAllowancePerMonth(BigDecimal otherAllowancePerMonth) {
        this.otherAllowancePerMonth = otherAllowancePerMonth;
    }

    public LocalDate getOtherAllowanceFrom() {
        return otherAllowanceFrom;
    }

    public LocalDate getOtherAllowanceUntil() {
        return otherAllowanceUntil;
    }

    public void otherAllowancePeriod(LocalDate from, LocalDate until) {
        this.otherAllowanceFrom = from;
        this.otherAllowanceUntil = until;
    }

    /** What other organisations pay, in the terms of the limits: per month over the months of its period. */
    public AllowanceLimits.OtherAllowance otherAllowance() {
        return new AllowanceLimits.OtherAllowance(otherAllowancePerMonth,
                otherAllowanceFrom == null ? null : YearMonth.from(otherAllowanceFrom),
                otherAllowanceUntil == null ? null : YearMonth.from(otherAllowanceUntil));
    }

    public Set<VolunteerTag> getTags() {
        return tags;
    }

    /** Replaces the tags of one kind, keeping the other kind. */
    public void replaceTags(TagKind kind, Collection<VolunteerTag> replacement) {
        tags.removeIf(tag -> tag.getKind() == kind);
        tags.addAll(replacement);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Anonymises the person in place; the row stays so that allowance history keeps its amounts. */
    public void erase(Instant when) {
        name = ERASED_NAME_PREFIX + getId();
        email = null;
        phone = null;
        dateOfBirth = null;
        tags.clear();
        erasedAt = when;
    }
}
