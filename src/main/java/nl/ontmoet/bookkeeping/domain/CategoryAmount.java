package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;

/** What one category costs or brings in, with an optional note: a line of a centre's or a project's budget. */
@MappedSuperclass
public abstract class CategoryAmount extends AbstractEntity {

    public static final int NOTE_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected CategoryAmount() {
    }

    protected CategoryAmount(Category category, BigDecimal amount, String note) {
        this.category = category;
        this.amount = amount;
        this.note = note;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    protected void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    protected void setNote(String note) {
        this.note = note;
    }
}
