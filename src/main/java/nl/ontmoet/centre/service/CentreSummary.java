package nl.ontmoet.centre.service;

/** One row of the centre list, with its coordinators' names already joined. */
public record CentreSummary(long id, String slug, String name, String district, String address, boolean active,
                            String coordinatorNames, long roomCount) {
}
