package nl.ontmoet.volunteer.domain;

/** Where a volunteer stands at one centre: signed up, active, or stopped. */
public enum VolunteerStatus { AANMELDING, ACTIEF, GESTOPT }
