package nl.ontmoet.coaching.service;

import nl.ontmoet.audit.service.ConfidentialAuditTypes;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Who was coached, when and about what stays between coach and coordinator, also in the admin's audit log. */
@Component
class CoachingAuditTypes implements ConfidentialAuditTypes {

    static final Set<String> TYPES = Set.of("CoachingSession", "CoachNote", "Agreement", "Reflection",
            "DevelopmentGoal", "GoalNote", "CoachingPortfolio");

    @Override
    public Set<String> entityTypes() {
        return TYPES;
    }
}
