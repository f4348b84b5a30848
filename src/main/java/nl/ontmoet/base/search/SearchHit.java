package nl.ontmoet.base.search;

/**
 * One result of the search field: what was found, a line that tells it apart from similar ones, and the route that
 * opens it.
 *
 * @param kindKey  i18n key of the kind of record ("Centrum", "Activiteit", ...), the heading it is listed under
 * @param context  readable text such as the centre's name, a date or an amount (Dutch notation), may be empty
 * @param labelKey i18n key of a status or type shown beside it, or null
 */
public record SearchHit(String kindKey, String title, String context, String labelKey, String path) {
}
