package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface AllowancePaymentRepository extends JpaRepository<AllowancePayment, Long> {

    @Query("""
            select new nl.ontmoet.volunteer.domain.PaymentRow(p.id, p.paymentDate, p.kind, p.hours, p.rate, p.amount,
                   p.overrideReason, p.overrideBy)
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.centre.id = :centreId
            order by p.paymentDate desc, p.id desc""")
    List<PaymentRow> rows(long volunteerId, long centreId);

    /** What the volunteer was paid between two dates by every centre together. */
    @Query("""
            select coalesce(sum(p.amount), 0) from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.paymentDate between :from and :to""")
    BigDecimal paidBetween(long volunteerId, LocalDate from, LocalDate to);

    @Query("""
            select count(p) > 0 from AllowancePayment p
            where p.volunteer.id = :volunteerId and p.centre.id = :centreId and p.kind = :kind
              and p.paymentDate between :from and :to""")
    boolean existsInMonth(long volunteerId, long centreId, PaymentKind kind, LocalDate from, LocalDate to);

    @Query("select p from AllowancePayment p where p.id = :id and p.volunteer.id = :volunteerId and p.centre.id = :centreId")
    Optional<AllowancePayment> findAtCentre(long id, long volunteerId, long centreId);

    /**
     * The year's allowances per volunteer engaged at one of the centres, summed over every centre that paid them,
     * with the other organisations' monthly amount, only those at 80 % of the year limit or more: one grouped query
     * for the near-the-limit overview.
     */
    @Query("""
            select new nl.ontmoet.volunteer.domain.NearLimitRow(v.id, v.name, coalesce(sum(p.amount), 0),
                   v.otherAllowancePerMonth)
            from Volunteer v left join AllowancePayment p on p.volunteer = v and year(p.paymentDate) = :year
            where exists (select e from Engagement e where e.volunteer = v and e.centre.id in :centreIds)
            group by v.id, v.name, v.otherAllowancePerMonth
            having (coalesce(sum(p.amount), 0) + v.otherAllowancePerMonth * 12) * 5 >= :maxPerYear * 4
            order by coalesce(sum(p.amount), 0) + v.otherAllowancePerMonth * 12 desc, v.name""")
    List<NearLimitRow> nearYearLimit(List<Long> centreIds, int year, BigDecimal maxPerYear);

    /** A volunteer's allowances of a year per centre and month, for the yearly statement. */
    @Query("""
            select p.centre.name, month(p.paymentDate), sum(p.amount)
            from AllowancePayment p
            where p.volunteer.id = :volunteerId and year(p.paymentDate) = :year
            group by p.centre.name, month(p.paymentDate)
            order by month(p.paymentDate), p.centre.name""")
    List<Object[]> statementLines(long volunteerId, int year);
}
