package nl.ontmoet.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.base.domain.AbstractEntity;

/** A room of a centre; its name is unique within the centre. */
@Entity
@Table(name = "room")
public class Room extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int MAX_CAPACITY = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Min(1)
    @Max(MAX_CAPACITY)
    @Column(nullable = false)
    private Integer capacity;

    @Column(nullable = false)
    private boolean bookable = true;

    protected Room() {
    }

    public Room(Centre centre) {
        this.centre = centre;
    }

    public Room(Centre centre, String name, int capacity) {
        this(centre);
        setName(name);
        this.capacity = capacity;
    }

    public Centre getCentre() {
        return centre;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isBookable() {
        return bookable;
    }

    public void setBookable(boolean bookable) {
        this.bookable = bookable;
    }
}
