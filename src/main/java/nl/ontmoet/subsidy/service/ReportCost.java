package nl.ontmoet.subsidy.service;

import java.math.BigDecimal;

/**
 * The actual costs of one expense category in a report; {@code booked} is what the ledger holds for the year and
 * {@code budgeted} what the application's budget planned for it (null when it planned nothing).
 */
public class ReportCost {

    private final long categoryId;
    private final String code;
    private final String name;
    private final BigDecimal booked;
    private BigDecimal amount;
    private BigDecimal budgeted;

    public ReportCost(long categoryId, String code, String name, BigDecimal booked) {
        this.categoryId = categoryId;
        this.code = code;
        this.name = name;
        this.booked = booked;
        this.amount = booked;
    }

    /** The field name under which a refusal of this line is reported. */
    public String field() {
        return "cost-" + code;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getBooked() {
        return booked;
    }

    public BigDecimal getBudgeted() {
        return budgeted;
    }

    void setBudgeted(BigDecimal budgeted) {
        this.budgeted = budgeted;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
