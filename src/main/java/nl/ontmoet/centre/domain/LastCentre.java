package nl.ontmoet.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The centre a user opened last, so that their start page opens it again. A preference, not a business record:
 * it carries no version and no audit line (it changes with every centre a user opens).
 */
@Entity
@Table(name = "last_centre")
public class LastCentre {

    @Id
    @Column(name = "user_account_id")
    private Long userId;

    @Column(name = "centre_id", nullable = false)
    private Long centreId;

    protected LastCentre() {
    }

    public LastCentre(long userId, long centreId) {
        this.userId = userId;
        this.centreId = centreId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(long centreId) {
        this.centreId = centreId;
    }
}
