package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One person who volunteers at one or more centres; personal data lives here, the centre-specific part in Engagement. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "other_allowance_per_month", nullable = false, precision = 12, scale = 2)
    private BigDecimal otherAllowancePerMonth = new BigDecimal("0.00");

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim().replaceAll("\\s+", " ");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public BigDecimal getOtherAllowancePerMonth() {
        return otherAllowancePerMonth;
    }

    public void setOtherAllowancePerMonth(BigDecimal otherAllowancePerMonth) {
        this.otherAllowancePerMonth = otherAllowancePerMonth;
    }
}
