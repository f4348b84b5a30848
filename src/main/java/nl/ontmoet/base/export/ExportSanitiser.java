package nl.ontmoet.base.export;

/**
 * Neutralises text for spreadsheets: a cell that begins with {@code = + - @}, a tab or a carriage return would be
 * read as a formula (CSV/formula injection), so it gets a leading quote and is shown as text. Numbers written as
 * numeric cells never pass through here.
 */
public final class ExportSanitiser {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ExportSanitiser() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
