package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a volunteer's hours at a centre; {@code what} is the activity's title or the free task. */
public record HoursRow(long id, LocalDate workDate, String activityTitle, String task, BigDecimal hours,
                       String approvedBy, Long paidByPaymentId) {

    public boolean paid() {
        return paidByPaymentId != null;
    }

    public String what() {
        return activityTitle != null ? activityTitle : task;
    }

    public boolean approved() {
        return approvedBy != null;
    }
}
