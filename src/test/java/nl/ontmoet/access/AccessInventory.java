package nl.ontmoet.access;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.ontmoet.access.AccessTable.Cell;
import nl.ontmoet.access.AccessTable.Subject;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the code has that the access table must list, found by scanning the compiled classes: every {@code @Route}
 * view, every web path of a controller (and the health endpoint), and every public method of every
 * {@code @Service} in a feature's {@code service} package. Also what the code's own annotations allow each subject.
 */
final class AccessInventory {

    static final String ROUTE = "route";
    static final String PATH = "path";
    /** Not a class of ours, but open to everyone: the one management endpoint. */
    static final List<String> FIXED_PATHS = List.of("/actuator/health");

    private static final PreAuthorizeAuthorizationManager PRE_AUTHORIZE = new PreAuthorizeAuthorizationManager();
    private static final AccessAnnotationChecker VIEW_ACCESS = new AccessAnnotationChecker();

    final Map<String, Class<?>> routes = new TreeMap<>();
    final List<String> paths;
    final Map<String, Method> serviceMethods = new TreeMap<>();

    AccessInventory() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ontmoet");
        var paths = new java.util.TreeSet<>(FIXED_PATHS);
        for (JavaClass javaClass : classes) {
            if (javaClass.isAnnotatedWith(Route.class)) {
                Class<?> view = javaClass.reflect();
                routes.put("/" + view.getAnnotation(Route.class).value(), view);
            }
            if (javaClass.isAnnotatedWith(RestController.class) || javaClass.isAnnotatedWith(Controller.class)) {
                Arrays.stream(javaClass.reflect().getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(GetMapping.class))
                        .flatMap(method -> Arrays.stream(method.getAnnotation(GetMapping.class).value()))
                        .forEach(paths::add);
            }
            if (javaClass.isAnnotatedWith(Service.class)
                    && javaClass.getPackageName().matches("nl\\.ontmoet\\.\\w+\\.service")) {
                addServiceMethods(javaClass.reflect());
            }
        }
        this.paths = List.copyOf(paths);
    }

    private void addServiceMethods(Class<?> service) {
        var methods = Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge())
                .toList();
        Map<String, Long> sameName = methods.stream().collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
        for (Method method : methods) {
            String what = sameName.get(method.getName()) == 1 ? method.getName() : method.getName() + "("
                    + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
            var previous = serviceMethods.put(AccessTable.Row.key(service.getSimpleName(), what), method);
            if (previous != null && previous.getDeclaringClass() != service) {
                throw new IllegalStateException("Two services are called " + service.getSimpleName());
            }
        }
    }

    /** Whether the method's {@code @PreAuthorize} (on the method, else its class) lets the subject call it. */
    static boolean preAuthorizeAllows(Method method, Subject subject) {
        var decision = PRE_AUTHORIZE.authorize(() -> authentication(subject), new SimpleMethodInvocation(null, method));
        return decision == null || decision.isGranted();
    }

    /** Whether the view's {@code @PermitAll}/{@code @RolesAllowed}/{@code @AnonymousAllowed} lets the subject open it. */
    static boolean viewAnnotationsAllow(Class<?> view, Subject subject) {
        return subject.role == null ? VIEW_ACCESS.hasAccess(view, null, role -> false)
                : VIEW_ACCESS.hasAccess(view, () -> "someone", role -> role.equals(subject.role.name()));
    }

    static Authentication authentication(Subject subject) {
        return subject.role == null
                ? new AnonymousAuthenticationToken("access-table", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : UsernamePasswordAuthenticationToken.authenticated("someone", null,
                        AuthorityUtils.createAuthorityList(subject.role.authority()));
    }

    /** The line to add to the table for something the code has, with yes/no as its annotations say. */
    static String suggestedLine(String where, String what, Function<Subject, Boolean> allows) {
        var cells = new EnumMap<Subject, Cell>(Subject.class);
        for (Subject subject : Subject.values()) {
            cells.put(subject, allows.apply(subject) ? Cell.YES : Cell.NO);
        }
        String whereCell = where.equals(ROUTE) || where.equals(PATH) ? where : "`" + where + "`";
        return "| " + whereCell + " | `" + what + "` | " + Arrays.stream(Subject.values())
                .map(subject -> cells.get(subject).text()).collect(Collectors.joining(" | "))
                + " | (the data rule, if any) |";
    }
}
