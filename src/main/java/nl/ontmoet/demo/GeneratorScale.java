package nl.ontmoet.demo;

import java.util.Locale;

/**
 * How big the generated municipality is. {@link #LARGE} is the size the load test and the benchmarks run on;
 * {@link #SMALL} is for tests.
 */
public record GeneratorScale(int centres, int roomsPerCentre, int coordinators, int coaches, int managers,
                             int ledgerEntries, int sessions, int volunteers, int applications, int coachingSessions) {

    public static final GeneratorScale LARGE =
            new GeneratorScale(50, 10, 150, 30, 20, 1_000_000, 250_000, 5_000, 2_000, 20_000);
    public static final GeneratorScale SMALL =
            new GeneratorScale(5, 4, 12, 3, 2, 10_000, 2_000, 60, 40, 200);

    public static GeneratorScale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "large" -> LARGE;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("Unknown scale '" + name + "': use small or large");
        };
    }

    public int rooms() {
        return centres * roomsPerCentre;
    }

    public int staff() {
        return coordinators + coaches + managers;
    }

    /** Activities per centre: enough that a week's calendar shows several, few enough to stay realistic. */
    public int activitiesPerCentre() {
        return 20;
    }
}
