package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface HoursEntryRepository extends JpaRepository<HoursEntry, Long> {

    @Query("""
            select new nl.ontmoet.volunteer.domain.HoursRow(h.id, h.workDate, a.title, h.task, h.hours, h.approvedBy,
                   h.paidByPaymentId)
            from HoursEntry h left join h.activity a
            where h.volunteer.id = :volunteerId and h.centre.id = :centreId and h.workDate between :from and :to
            order by h.workDate desc, h.id desc""")
    List<HoursRow> rows(long volunteerId, long centreId, LocalDate from, LocalDate to);

    @Query("""
            select new nl.ontmoet.volunteer.domain.MonthHours(year(h.workDate), month(h.workDate), sum(h.hours),
                   sum(case when h.approvedAt is not null then h.hours else 0 end))
            from HoursEntry h
            where h.volunteer.id = :volunteerId and h.centre.id = :centreId and h.workDate between :from and :to
            group by year(h.workDate), month(h.workDate)
            order by year(h.workDate) desc, month(h.workDate) desc""")
    List<MonthHours> monthTotals(long volunteerId, long centreId, LocalDate from, LocalDate to);

    /** All hours of the volunteer on a day, at every centre: a day has 24 hours, wherever they are spent. */
    @Query("select coalesce(sum(h.hours), 0) from HoursEntry h where h.volunteer.id = :volunteerId and h.workDate = :day")
    BigDecimal hoursOnDay(long volunteerId, LocalDate day);

    /**
     * Approved hours at the centre that no payment has paid yet, worked between two dates: what an allowance for
     * hours may pay.
     */
    @Query("""
            select new nl.ontmoet.volunteer.domain.HoursRow(h.id, h.workDate, a.title, h.task, h.hours, h.approvedBy,
                   h.paidByPaymentId)
            from HoursEntry h left join h.activity a
            where h.volunteer.id = :volunteerId and h.centre.id = :centreId and h.approvedAt is not null
              and h.paidByPaymentId is null and h.workDate between :from and :to
            order by h.workDate, h.id""")
    List<HoursRow> unpaid(long volunteerId, long centreId, LocalDate from, LocalDate to);

    @Query("""
            select h from HoursEntry h
            where h.volunteer.id = :volunteerId and h.centre.id = :centreId and h.approvedAt is not null
              and h.paidByPaymentId is null and h.workDate between :from and :to
            order by h.workDate, h.id""")
    List<HoursEntry> unpaidEntries(long volunteerId, long centreId, LocalDate from, LocalDate to);

    @Query("""
            select h from HoursEntry h
            where h.id in :ids and h.volunteer.id = :volunteerId and h.centre.id = :centreId""")
    List<HoursEntry> findAtCentre(List<Long> ids, long volunteerId, long centreId);

    @Query("select h from HoursEntry h where h.paidByPaymentId = :paymentId")
    List<HoursEntry> paidBy(long paymentId);

    @Query("select h from HoursEntry h where h.volunteer.id = :volunteerId")
    List<HoursEntry> ofVolunteer(long volunteerId);

    @Query("select h from HoursEntry h where h.id = :id and h.volunteer.id = :volunteerId and h.centre.id = :centreId")
    Optional<HoursEntry> findAtCentre(long id, long volunteerId, long centreId);

    /** The month's hours not yet approved; approved one by one so that every approval is audited. */
    @Query("""
            select h from HoursEntry h
            where h.volunteer.id = :volunteerId and h.centre.id = :centreId and h.approvedAt is null
              and h.workDate between :from and :to""")
    List<HoursEntry> unapproved(long volunteerId, long centreId, LocalDate from, LocalDate to);

    /** Hours per centre, activity or task and month of a year: the export. */
    @Query("""
            select h.centre.name, coalesce(a.title, h.task), month(h.workDate), sum(h.hours),
                   sum(case when h.approvedAt is not null then h.hours else 0 end)
            from HoursEntry h left join h.activity a
            where h.centre.id in :centreIds and year(h.workDate) = :year
            group by h.centre.name, coalesce(a.title, h.task), month(h.workDate)
            order by h.centre.name, coalesce(a.title, h.task), month(h.workDate)""")
    List<Object[]> exportRows(List<Long> centreIds, int year);

    /** The same sums for every centre of the municipality: the export for its reports. */
    @Query("""
            select h.centre.name, coalesce(a.title, h.task), month(h.workDate), sum(h.hours),
                   sum(case when h.approvedAt is not null then h.hours else 0 end)
            from HoursEntry h left join h.activity a
            where year(h.workDate) = :year
            group by h.centre.name, coalesce(a.title, h.task), month(h.workDate)
            order by h.centre.name, coalesce(a.title, h.task), month(h.workDate)""")
    List<Object[]> exportRowsAllCentres(int year);
}
