package nl.ontmoet.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Stands before the password check of the login form. Vaadin's login form posts without a CSRF token, so a login
 * posted from another site (login CSRF) is recognised by its Origin and refused; and while the throttle has locked
 * the name or the address, the attempt is refused before the password is looked at.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOCKED_URL = "/login?locked";

    private final LoginThrottle throttle;

    LoginGuardFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (throttle.isLocked(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + LOCKED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : "https".equals(from.getScheme()) ? 443 : 80;
            return !(request.getScheme().equals(from.getScheme()) && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
