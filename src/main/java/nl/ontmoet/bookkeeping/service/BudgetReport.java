package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.util.List;

/** Budget versus actual of a centre-year, per category. */
public record BudgetReport(long centreId, int year, List<ReportLine> lines) {

    public BigDecimal budgeted(Direction direction) {
        return sum(direction, ReportLine::budgeted);
    }

    public BigDecimal actual(Direction direction) {
        return sum(direction, ReportLine::actual);
    }

    /** Cumulative actual per month (index 0 = January) of one direction, for the course chart. */
    public List<BigDecimal> cumulative(Direction direction) {
        return java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(month -> sum(direction, line -> line.actualThrough(month)))
                .toList();
    }

    private BigDecimal sum(Direction direction, java.util.function.Function<ReportLine, BigDecimal> value) {
        return lines.stream().filter(line -> line.direction() == direction).map(value)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
