package nl.ontmoet.volunteer.domain;

/** What a volunteer's tag says: something they can do, or something they like. */
public enum TagKind { SKILL, INTEREST }
