package nl.ontmoet.coaching;

import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingInsightService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the coaching integration tests share: the fixture and the services they try as one user or another. */
abstract class CoachingServices {

    @Autowired
    CoachingFixture fixture;
    @Autowired
    CoachingSessionService sessions;
    @Autowired
    AgreementService agreements;
    @Autowired
    DevelopmentGoalService goals;
    @Autowired
    CoachingInsightService insight;
}
