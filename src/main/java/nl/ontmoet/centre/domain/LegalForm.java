package nl.ontmoet.centre.domain;

/** The legal form of the organisation that runs a centre; the Dutch names are in the centre bundle. */
public enum LegalForm {
    STICHTING,
    VERENIGING,
    COOPERATIE,
    BV
}
