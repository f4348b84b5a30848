package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Locale;

/**
 * A kostensoort: what income or an expense is for. The code is stable (other features book against e.g.
 * {@code VRIJWILLIGERS} or {@code SUBSIDIE}); a category in use is deactivated, never deleted.
 */
@Entity
@Table(name = "category")
public class Category extends AbstractEntity {

    public static final int CODE_LENGTH = 30;
    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(nullable = false)
    private boolean active = true;

    public Category() {
    }

    public Category(String code, String name, Direction direction) {
        setCode(code);
        setName(name);
        this.direction = direction;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
