package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

/**
 * The category a centre chose last for a counterparty of its bank statements, suggested for that counterparty's
 * next transactions. The key is the counterparty's IBAN, or its name when the bank gives no IBAN.
 */
@Entity
@Table(name = "counterparty_category")
public class CounterpartyCategory extends AbstractEntity {

    public static final int KEY_LENGTH = 140;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "counterparty_key", nullable = false, updatable = false, length = KEY_LENGTH)
    private String counterpartyKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    protected CounterpartyCategory() {
    }

    public CounterpartyCategory(Centre centre, String counterpartyKey, Category category) {
        this.centre = centre;
        this.counterpartyKey = counterpartyKey;
        this.category = category;
    }

    public String getCounterpartyKey() {
        return counterpartyKey;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }
}
