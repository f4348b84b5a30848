package nl.ontmoet.base.domain;

/**
 * The record does not exist or the current user may not see it. The two cases are deliberately the
 * same: telling them apart would reveal which ids exist.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found or not accessible");
    }
}
