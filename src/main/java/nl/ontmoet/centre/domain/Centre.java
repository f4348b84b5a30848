package nl.ontmoet.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** An ontmoetingscentrum. Its slug names it in URLs and never changes, so bookmarks keep working. */
@Entity
@Table(name = "centre")
public class Centre extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int DISTRICT_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 200;
    public static final int OPENING_HOURS_LENGTH = 500;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, unique = true, updatable = false, length = NAME_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = DISTRICT_LENGTH)
    @Column(nullable = false, length = DISTRICT_LENGTH)
    private String district;

    @NotBlank
    @Size(max = ADDRESS_LENGTH)
    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String address;

    @Size(max = OPENING_HOURS_LENGTH)
    @Column(name = "opening_hours", length = OPENING_HOURS_LENGTH)
    private String openingHours;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "centre_coordinator",
            joinColumns = @JoinColumn(name = "centre_id"),
            inverseJoinColumns = @JoinColumn(name = "coordinator_id"))
    private Set<UserAccount> coordinators = new HashSet<>();

    protected Centre() {
    }

    public Centre(String name, String district, String address) {
        setName(name);
        this.district = district;
        this.address = address;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    /** The URL name for a centre name: lower case ASCII words joined by dashes. */
    public static String slugFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "centrum" : slug;
    }

    public String getSlug() {
        return slug;
    }

    public void assignSlug(String slug) {
        if (this.slug != null) {
            throw new IllegalStateException("A centre's slug never changes");
        }
        this.slug = slug;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district == null ? null : district.trim();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null ? null : address.trim();
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<UserAccount> getCoordinators() {
        return coordinators;
    }

    public void setCoordinators(Set<UserAccount> coordinators) {
        this.coordinators.clear();
        this.coordinators.addAll(coordinators);
    }
}
