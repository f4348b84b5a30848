package nl.ontmoet;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application (views included) on an embedded MariaDB of its own, which a test may stop, wipe and
 * restore without touching the database the other integration tests share. Every subclass gets this same
 * context, so the second database is started once.
 */
@SpringBootTest(properties = "ontmoet.embedded-db.database=ontmoet_own")
public abstract class OwnDatabaseTest extends SpringBrowserlessTest {
}
