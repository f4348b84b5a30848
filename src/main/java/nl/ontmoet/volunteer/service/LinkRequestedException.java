package nl.ontmoet.volunteer.service;

import nl.ontmoet.base.domain.BusinessRuleException;

/**
 * The person is already registered at another centre: instead of a registration, a link request was stored and
 * waits for a coordinator of that centre. Not a rollback: the request must survive the refusal.
 */
public class LinkRequestedException extends BusinessRuleException {

    LinkRequestedException(String name) {
        super("name", "volunteer.link.requested", name);
    }
}
