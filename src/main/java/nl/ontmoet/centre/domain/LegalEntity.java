package nl.ontmoet.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The beheerder of a centre: the legal entity (often a stichting) that applies for subsidies, receives the money
 * and may have to pay it back. Decision letters are addressed to it, not to the building.
 */
@Entity
@Table(name = "centre_legal_entity")
public class LegalEntity extends AbstractEntity {

    public static final int NAME_LENGTH = 150;
    public static final int STREET_LENGTH = 150;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int CITY_LENGTH = 100;
    public static final int IBAN_LENGTH = 34;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false, unique = true)
    private Centre centre;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_form", nullable = false, length = 20)
    private LegalForm legalForm = LegalForm.STICHTING;

    @Column(name = "kvk_number", nullable = false, length = 8)
    private String kvkNumber;

    @NotBlank
    @Size(max = STREET_LENGTH)
    @Column(nullable = false, length = STREET_LENGTH)
    private String street;

    @NotBlank
    @Size(max = POSTAL_CODE_LENGTH)
    @Column(name = "postal_code", nullable = false, length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @NotBlank
    @Size(max = CITY_LENGTH)
    @Column(nullable = false, length = CITY_LENGTH)
    private String city;

    @Column(nullable = false, length = IBAN_LENGTH)
    private String iban;

    protected LegalEntity() {
    }

    public LegalEntity(Centre centre) {
        this.centre = centre;
    }

    public Centre getCentre() {
        return centre;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public void setKvkNumber(String kvkNumber) {
        this.kvkNumber = trim(kvkNumber);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = trim(street);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = trim(postalCode);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = trim(city);
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = trim(iban);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
