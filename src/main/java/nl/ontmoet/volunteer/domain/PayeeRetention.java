package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

import java.time.LocalDate;

/**
 * Who received the payments of an erased volunteer, kept for the fiscal retention period (fiscale bewaarplicht):
 * the name and date of birth make the payee identifiable to the administration in a tax audit (the date of birth
 * also shows which hourly maximum applied). Everything else of the person was anonymised at the erasure; this row
 * goes, with the payments and hours, when {@code retainUntil} has passed.
 */
@Entity
@Table(name = "volunteer_payee_retention")
public class PayeeRetention extends AbstractEntity {

    /** Years after the end of the calendar year of the last payment. */
    public static final int RETENTION_YEARS = 7;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false, unique = true)
    private Volunteer volunteer;

    @AuditRedacted
    @Column(nullable = false, length = 100)
    private String name;

    @AuditRedacted
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "retain_until", nullable = false)
    private LocalDate retainUntil;

    protected PayeeRetention() {
    }

    /** Kept until the end of the seventh calendar year after the year of the last payment. */
    public PayeeRetention(Volunteer volunteer, LocalDate lastPayment) {
        this.volunteer = volunteer;
        this.name = volunteer.getName();
        this.dateOfBirth = volunteer.getDateOfBirth();
        this.retainUntil = LocalDate.of(lastPayment.getYear() + RETENTION_YEARS, 12, 31);
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate getRetainUntil() {
        return retainUntil;
    }
}
