package nl.ontmoet.base.sso;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider on a free loopback port, one per test JVM, and the application configured to use
 * it. Tests tell it whom the next login is with {@link #nextLogin}.
 */
public class MockIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "gemeente";
    public static final String CLIENT_ID = "ontmoet";
    public static final String PROVIDER_NAME = "Testgemeente";
    static final MockOAuth2Server SERVER = start();

    private static MockOAuth2Server start() {
        var server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    public static String issuer() {
        return SERVER.issuerUrl(ISSUER_ID).toString();
    }

    /** The provider issues its next tokens for this subject with these claims (e-mail, groups, …). */
    public static void nextLogin(String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("ontmoet.sso.issuer=" + issuer(), "ontmoet.sso.client-id=" + CLIENT_ID,
                "ontmoet.sso.client-secret=test-secret", "ontmoet.sso.provider-name=" + PROVIDER_NAME).applyTo(context);
    }
}
