package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.programme.domain.Activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours a volunteer worked at a centre on one day, for an activity of the centre or a free task. */
@Entity
@Table(name = "volunteer_hours")
public class HoursEntry extends VolunteerRecord {

    public static final int TASK_LENGTH = 200;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(length = TASK_LENGTH)
    private String task;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** The allowance that paid these hours; null while unpaid. */
    @Column(name = "paid_by_payment_id")
    private Long paidByPaymentId;

    protected HoursEntry() {
    }

    public HoursEntry(Volunteer volunteer, Centre centre, LocalDate workDate, Activity activity, String task,
                      BigDecimal hours) {
        super(volunteer, centre);
        this.workDate = workDate;
        this.activity = activity;
        this.task = task;
        this.hours = hours;
    }

    public void approve(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void paidBy(Long paymentId) {
        this.paidByPaymentId = paymentId;
    }

    public Long getPaidByPaymentId() {
        return paidByPaymentId;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getTask() {
        return task;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
