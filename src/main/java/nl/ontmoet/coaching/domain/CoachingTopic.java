package nl.ontmoet.coaching.domain;

/** What a coaching session or development goal is about. */
public enum CoachingTopic {
    BUSINESS_OPERATIONS, MARKETING, BUDGET, SUBSIDY_APPLICATIONS, PROGRAMMING, VOLUNTEERS,
    NEIGHBOURHOOD_COOPERATION, PERSONAL_GROWTH, OTHER
}
