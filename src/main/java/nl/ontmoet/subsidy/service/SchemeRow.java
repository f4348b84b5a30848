package nl.ontmoet.subsidy.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A scheme with what was requested (submitted or decided), granted and what remains under its ceiling. */
public record SchemeRow(long id, String name, int year, BigDecimal ceiling, LocalDate opensOn, LocalDate closesOn,
                        BigDecimal requested, BigDecimal granted) {

    public BigDecimal remaining() {
        return ceiling.subtract(granted);
    }
}
