package nl.ontmoet.centre.service;

/** What the centre list is narrowed to; {@code text} matches name, district and address. */
public record CentreFilter(String text, boolean onlyActive) {

    public static CentreFilter all() {
        return new CentreFilter(null, false);
    }

    public String textOrNull() {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
