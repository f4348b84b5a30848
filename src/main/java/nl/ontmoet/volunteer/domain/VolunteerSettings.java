package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.ontmoet.base.domain.AbstractEntity;

/** The municipality's volunteer settings: one row, kept by an admin. */
@Entity
@Table(name = "volunteer_settings")
public class VolunteerSettings extends AbstractEntity {

    public static final int DEFAULT_VOG_MAX_AGE_YEARS = 3;
    public static final int MAX_VOG_AGE_YEARS = 50;

    @NotNull
    @Min(1)
    @Max(MAX_VOG_AGE_YEARS)
    @Column(name = "vog_max_age_years", nullable = false)
    private Integer vogMaxAgeYears = DEFAULT_VOG_MAX_AGE_YEARS;

    public Integer getVogMaxAgeYears() {
        return vogMaxAgeYears;
    }

    public void setVogMaxAgeYears(Integer vogMaxAgeYears) {
        this.vogMaxAgeYears = vogMaxAgeYears;
    }
}
