package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.service.BalanceItem;
import nl.ontmoet.bookkeeping.service.BalanceItemSource;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A centre's subsidy positions at the end of a day, from one grouped query over the payment lines: a receivable is
 * a payment to the centre due by then and not received by then; a payable is what was received by then above the
 * amount settled by then, less the repayments received by then.
 */
@Component
@RequiredArgsConstructor
class SubsidyBalanceItems implements BalanceItemSource {

    private final SubsidyPaymentRepository payments;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public List<BalanceItem> itemsOn(long centreId, LocalDate date) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<BalanceItem> items = new ArrayList<>();
        for (Object[] row : payments.positionsOn(centreId, date)) {
            String title = (String) row[1];
            BigDecimal receivable = money(row[5]);
            if (receivable.signum() > 0) {
                items.add(new BalanceItem(BalanceItem.Side.RECEIVABLE, receivable, "subsidy.yearEnd.receivable",
                        List.of(title)));
            }
            boolean settled = row[2] == SubsidyStatus.SETTLED && row[4] != null
                    && ((Instant) row[4]).isBefore(endOfDay);
            if (settled) {
                BigDecimal payable = money(row[6]).subtract((BigDecimal) row[3]).subtract(money(row[7]));
                if (payable.signum() > 0) {
                    items.add(new BalanceItem(BalanceItem.Side.PAYABLE, payable, "subsidy.yearEnd.payable",
                            List.of(title)));
                }
            }
        }
        return items;
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
