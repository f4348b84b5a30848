package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface AllowancePaymentRepository extends JpaRepository<AllowancePayment, Long> {

    /** The allowances (not the reimbursements) a centre paid the volunteer. */
    @Query("""
            select new nl.ontmoet.volunteer.domain.PaymentRow(p.id, p.paymentDate, p.kind, p.hours, p.rate, p.amount,
                   p.overrideReason, p.overrideBy)
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.centre.id = :centreId
              and p.kind <> nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT
            order by p.paymentDate desc, p.id desc""")
    List<PaymentRow> rows(long volunteerId, long centreId);

    /** The reimbursements of costs a centre paid the volunteer. */
    @Query("""
            select new nl.ontmoet.volunteer.domain.ReimbursementRow(p.id, p.paymentDate, p.description, p.amount,
                   p.ledgerEntryId)
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.centre.id = :centreId
              and p.kind = nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT
            order by p.paymentDate desc, p.id desc""")
    List<ReimbursementRow> reimbursements(long volunteerId, long centreId);

    /** The allowances paid to the volunteer between two dates by every centre together; reimbursements not. */
    @Query("""
            select coalesce(sum(p.amount), 0) from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.paymentDate between :from and :to
              and p.kind <> nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT""")
    BigDecimal paidBetween(long volunteerId, LocalDate from, LocalDate to);

    /** Did an admin pay the volunteer over a limit in the year, at any centre: the whole year is then taxable. */
    @Query("""
            select count(p) > 0 from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.overrideReason is not null
              and p.paymentDate between :from and :to""")
    boolean overriddenBetween(long volunteerId, LocalDate from, LocalDate to);

    @Query("select p from AllowancePayment p where p.id = :id and p.volunteer.id = :volunteerId and p.centre.id = :centreId")
    Optional<AllowancePayment> findAtCentre(long id, long volunteerId, long centreId);

    @Query("select p from AllowancePayment p where p.volunteer.id = :volunteerId")
    List<AllowancePayment> ofVolunteer(long volunteerId);

    @Query("select max(p.paymentDate) from AllowancePayment p where p.volunteer.id = :volunteerId")
    Optional<LocalDate> lastPaymentDate(long volunteerId);

    /**
     * The year's allowances per volunteer engaged at one of the centres, summed over every centre that paid them,
     * with the other organisations' amount and period: one grouped query for the near-the-limit overview. It keeps
     * those whose paid amount plus twelve months elsewhere reach 80 % of the year limit (the caller counts the
     * months of the period exactly) and everyone paid over a limit by an admin that year.
     */
    @Query("""
            select new nl.ontmoet.volunteer.domain.NearLimitRow(v.id, v.name, coalesce(sum(p.amount), 0),
                   v.otherAllowancePerMonth, v.otherAllowanceFrom, v.otherAllowanceUntil,
                   max(case when p.overrideReason is not null then 1 else 0 end))
            from Volunteer v left join AllowancePayment p on p.volunteer = v and year(p.paymentDate) = :year
                 and p.kind <> nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT
            where exists (select e from Engagement e where e.volunteer = v and e.centre.id in :centreIds)
            group by v.id, v.name, v.otherAllowancePerMonth, v.otherAllowanceFrom, v.otherAllowanceUntil
            having (coalesce(sum(p.amount), 0) + v.otherAllowancePerMonth * 12) * 5 >= :maxPerYear * 4
                or max(case when p.overrideReason is not null then 1 else 0 end) = 1
            order by coalesce(sum(p.amount), 0) desc, v.name""")
    List<NearLimitRow> nearYearLimit(List<Long> centreIds, int year, BigDecimal maxPerYear);

    /** A volunteer's allowances of a year per centre and month, for the yearly statement. */
    @Query("""
            select p.centre.name, month(p.paymentDate), sum(p.amount)
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and year(p.paymentDate) = :year
              and p.kind <> nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT
            group by p.centre.name, month(p.paymentDate)
            order by month(p.paymentDate), p.centre.name""")
    List<Object[]> statementLines(long volunteerId, int year);

    /** A volunteer's reimbursements of a year at every centre, for the yearly statement. */
    @Query("""
            select p.centre.name, p.paymentDate, p.description, p.amount
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and year(p.paymentDate) = :year
              and p.kind = nl.ontmoet.volunteer.domain.PaymentKind.REIMBURSEMENT
            order by p.paymentDate, p.id""")
    List<Object[]> reimbursementLines(long volunteerId, int year);
}
