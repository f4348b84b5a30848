package nl.ontmoet.access;

import nl.ontmoet.access.AccessTable.Cell;
import nl.ontmoet.access.AccessTable.Row;
import nl.ontmoet.access.AccessTable.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access table in docs/security.md against the code: every route, web path and public service method is in
 * the table and nothing else is; and what the table says each role may do is what the view's annotations and the
 * method's {@code @PreAuthorize} allow (evaluated by Spring Security's own {@code PreAuthorizeAuthorizationManager}).
 * "own" counts as allowed here: the data rule behind it is proved by {@code RouteAccessTest} for routes and by the
 * feature tests ({@code CentreAccessIT}, {@code CoachingAccessMatrixIT}, …) for services.
 */
class AccessTableTest {

    private static AccessTable table;
    private static AccessInventory code;

    @BeforeAll
    static void read() {
        table = AccessTable.read();
        code = new AccessInventory();
    }

    @Test
    void every_route_is_in_the_table_and_the_table_names_no_other() {
        assertSameEntries(AccessInventory.ROUTE, code.routes.keySet().stream().toList(), table.routes(),
                route -> subject -> AccessInventory.viewAnnotationsAllow(code.routes.get(route), subject));
    }

    @Test
    void every_web_path_is_in_the_table_and_the_table_names_no_other() {
        assertSameEntries(AccessInventory.PATH, code.paths, table.paths(), path -> subject -> true);
    }

    @Test
    void every_public_service_method_is_in_the_table_and_the_table_names_no_other() {
        var missing = new ArrayList<String>();
        for (var entry : code.serviceMethods.entrySet()) {
            if (!table.rows().containsKey(entry.getKey())) {
                Method method = entry.getValue();
                String what = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
                missing.add("  " + method.getDeclaringClass().getSimpleName() + "." + what + " — add:\n    "
                        + AccessInventory.suggestedLine(method.getDeclaringClass().getSimpleName(), what,
                                subject -> AccessInventory.preAuthorizeAllows(method, subject)));
            }
        }
        var gone = table.serviceMethods().stream().filter(row -> !code.serviceMethods.containsKey(row.key()))
                .map(row -> "  " + AccessTable.DOCUMENT + ":" + row.line() + " " + row.where() + "." + row.what()
                        + " — no such public method of an @Service: remove or rename the row").toList();
        assertThat(missing).as(() -> "Public service methods missing from the access table in " + AccessTable.DOCUMENT
                + " (put each line with the other rows of its service; write own where a data rule narrows yes):\n"
                + String.join("\n", missing)).isEmpty();
        assertThat(gone).as(() -> "The access table names methods the code no longer has:\n" + String.join("\n", gone))
                .isEmpty();
    }

    @Test
    void the_table_says_no_exactly_where_pre_authorize_refuses() {
        var wrong = new ArrayList<String>();
        for (Row row : table.serviceMethods()) {
            Method method = code.serviceMethods.get(row.key());
            if (method != null) {
                compare(row, subject -> AccessInventory.preAuthorizeAllows(method, subject), "@PreAuthorize", wrong);
            }
        }
        assertThat(wrong).as(() -> "The access table disagrees with the code:\n" + String.join("\n", wrong)).isEmpty();
    }

    @Test
    void the_table_says_no_exactly_where_the_view_annotations_refuse() {
        var wrong = new ArrayList<String>();
        for (Row row : table.routes()) {
            Class<?> view = code.routes.get(row.what());
            if (view != null) {
                compare(row, subject -> AccessInventory.viewAnnotationsAllow(view, subject), "the view's annotations", wrong);
            }
        }
        assertThat(wrong).as(() -> "The access table disagrees with the code:\n" + String.join("\n", wrong)).isEmpty();
    }

    @Test
    void web_paths_are_open_to_everyone() {
        assertThat(table.paths()).allSatisfy(row -> assertThat(row.cells().values()).as(row.what()).containsOnly(Cell.YES));
    }

    private static void compare(Row row, Function<Subject, Boolean> allows, String source, List<String> wrong) {
        for (Subject subject : Subject.values()) {
            boolean tableAllows = row.cell(subject) != Cell.NO;
            if (tableAllows != allows.apply(subject)) {
                wrong.add("  " + AccessTable.DOCUMENT + ":" + row.line() + " " + row.where() + " " + row.what() + " says "
                        + row.cell(subject).text() + " for " + subject + ", but by " + source + " it is "
                        + (tableAllows ? "refused" : "allowed"));
            }
        }
    }

    private static void assertSameEntries(String where, List<String> inCode, List<Row> inTable,
                                          Function<String, Function<Subject, Boolean>> allows) {
        var listed = inTable.stream().map(Row::what).toList();
        var missing = inCode.stream().filter(what -> !listed.contains(what))
                .map(what -> "  " + where + " " + what + " — add:\n    "
                        + AccessInventory.suggestedLine(where, what, allows.apply(what))).toList();
        var gone = inTable.stream().filter(row -> !inCode.contains(row.what()))
                .map(row -> "  " + AccessTable.DOCUMENT + ":" + row.line() + " " + where + " " + row.what()
                        + " — not in the code: remove or rename the row").toList();
        assertThat(missing).as(() -> "Missing from the access table in " + AccessTable.DOCUMENT + ":\n"
                + String.join("\n", missing)).isEmpty();
        assertThat(gone).as(() -> "The access table names what the code no longer has:\n" + String.join("\n", gone))
                .isEmpty();
    }
}
