package nl.ontmoet.base.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is asking. Services use it to decide what the caller may see and do. */
@Component
public class CurrentUser {

    public Optional<OntmoetPrincipal> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OntmoetPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public OntmoetPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    public long id() {
        return require().getUserId();
    }

    public boolean hasRole(Role role) {
        return find().map(principal -> principal.hasRole(role)).orElse(false);
    }

    public String username() {
        return find().map(OntmoetPrincipal::getUsername).orElse("system");
    }
}
