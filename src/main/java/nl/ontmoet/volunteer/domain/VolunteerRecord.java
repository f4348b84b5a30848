package nl.ontmoet.volunteer.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

/**
 * What belongs to one volunteer at one centre (an engagement, a link request, hours, a payment); it never moves to
 * another volunteer or centre.
 */
@MappedSuperclass
public abstract class VolunteerRecord extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false, updatable = false)
    private Volunteer volunteer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    protected VolunteerRecord() {
    }

    protected VolunteerRecord(Volunteer volunteer, Centre centre) {
        this.volunteer = volunteer;
        this.centre = centre;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Centre getCentre() {
        return centre;
    }
}
