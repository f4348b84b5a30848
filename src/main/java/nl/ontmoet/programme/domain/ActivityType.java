package nl.ontmoet.programme.domain;

/** Kind of activity; the label key is {@code activity.type.<NAME>}. */
public enum ActivityType {
    ONTMOETING,
    CURSUS_WORKSHOP,
    SPORT_BEWEGEN,
    KINDERACTIVITEIT,
    SPREEKUUR,
    /** Inspraak- of participatieavond: must not clash with another one anywhere in the municipality. */
    PARTICIPATION_EVENING,
    VERHUUR,
    OVERIG
}
