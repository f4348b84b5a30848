package nl.ontmoet.access;

import nl.ontmoet.base.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The access table of {@code docs/security.md} ("## Access table"), as the tests read it: one row per route, web
 * path and public service method, with what each role and an anonymous visitor may do there.
 */
record AccessTable(Map<String, Row> rows) {

    static final Path DOCUMENT = Path.of("docs", "security.md");
    static final String SECTION = "## Access table";
    static final String HEADER = "| Where | What | anonymous | ADMIN | MANAGER | COACH | COORDINATOR | Data rule |";

    /** Who asks: an anonymous visitor, or someone logged in with exactly one role. */
    enum Subject {
        ANONYMOUS(null), ADMIN(Role.ADMIN), MANAGER(Role.MANAGER), COACH(Role.COACH), COORDINATOR(Role.COORDINATOR);

        final Role role;

        Subject(Role role) {
            this.role = role;
        }
    }

    /** yes: allowed; own: allowed by role, then only the caller's own data (the data rule); no: refused. */
    enum Cell {
        YES, OWN, NO;

        static Cell parse(String text, String context) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(context + ": '" + text.trim() + "' is not yes, own or no");
            }
        }

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Row(String where, String what, Map<Subject, Cell> cells, String dataRule, int line) {

        String key() {
            return key(where, what);
        }

        static String key(String where, String what) {
            return where + " " + what;
        }

        Cell cell(Subject subject) {
            return cells.get(subject);
        }
    }

    static AccessTable read() {
        try {
            return parse(Files.readAllLines(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessTable parse(List<String> lines) {
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException(DOCUMENT + " has no section '" + SECTION + "'");
        }
        var rows = new LinkedHashMap<String, Row>();
        boolean inTable = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("## ")) {
                break;
            }
            if (line.equals(HEADER)) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            var row = row(line, i + 1);
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException(DOCUMENT + ":" + (i + 1) + ": " + row.key() + " is in the table twice");
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(DOCUMENT + " has no table with the header " + HEADER);
        }
        return new AccessTable(rows);
    }

    private static Row row(String line, int number) {
        String context = DOCUMENT + ":" + number;
        List<String> cells = new ArrayList<>(List.of(line.substring(1, line.endsWith("|") ? line.length() - 1
                : line.length()).split("\\|", -1)));
        if (cells.size() != 8) {
            throw new IllegalStateException(context + ": a row has 8 cells, this one " + cells.size());
        }
        var byWho = new EnumMap<Subject, Cell>(Subject.class);
        for (Subject subject : Subject.values()) {
            byWho.put(subject, Cell.parse(cells.get(2 + subject.ordinal()), context + " (" + subject + ")"));
        }
        return new Row(unquote(cells.get(0)), unquote(cells.get(1)), byWho, cells.get(7).trim(), number);
    }

    private static String unquote(String cell) {
        String text = cell.trim();
        return text.startsWith("`") && text.endsWith("`") && text.length() > 1 ? text.substring(1, text.length() - 1) : text;
    }

    List<Row> routes() {
        return rows.values().stream().filter(row -> row.where().equals(AccessInventory.ROUTE)).toList();
    }

    List<Row> paths() {
        return rows.values().stream().filter(row -> row.where().equals(AccessInventory.PATH)).toList();
    }

    List<Row> serviceMethods() {
        return rows.values().stream().filter(row -> !row.where().equals(AccessInventory.ROUTE)
                && !row.where().equals(AccessInventory.PATH)).toList();
    }
}
