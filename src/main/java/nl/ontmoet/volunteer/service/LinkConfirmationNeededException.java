package nl.ontmoet.volunteer.service;

import nl.ontmoet.base.domain.BusinessRuleException;

/**
 * The person is already registered elsewhere and the user may see them there (an admin, or a coordinator of that
 * centre too): linking is possible, but only after an explicit confirmation ({@link VolunteerDetails#setLinkConfirmed}).
 */
public class LinkConfirmationNeededException extends BusinessRuleException {

    LinkConfirmationNeededException(String name, String centres) {
        super("name", "volunteer.link.confirmNeeded", name, centres);
    }
}
