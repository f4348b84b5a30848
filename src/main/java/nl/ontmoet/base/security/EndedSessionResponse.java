package nl.ontmoet.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a request of an ended session gets: a page load goes to the login page with "U bent uitgelogd"; Vaadin's
 * own requests get the answer its client knows for an expired session, so it leads the user there too.
 */
class EndedSessionResponse implements SessionInformationExpiredStrategy {

    static final String LOGIN_URL = "/login?expired";
    static final String VAADIN_SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String vaadinRequest = request.getParameter("v-r");
        if ("heartbeat".equals(vaadinRequest)) {
            response.setStatus(HttpServletResponse.SC_GONE);
        } else if (vaadinRequest != null) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VAADIN_SESSION_EXPIRED);
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN_URL);
        }
    }
}
