package nl.ontmoet.subsidy.service;

import nl.ontmoet.bookkeeping.domain.Category;

import java.math.BigDecimal;

/** A new line of an application's budget as the coordinator enters it. */
public class BudgetLineInput {

    private Category category;
    private BigDecimal amount;
    private String note;

    public BudgetLineInput() {
    }

    public BudgetLineInput(Category category, BigDecimal amount, String note) {
        this.category = category;
        this.amount = amount;
        this.note = note;
    }

    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
