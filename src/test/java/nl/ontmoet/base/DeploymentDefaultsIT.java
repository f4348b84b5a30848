package nl.ontmoet.base;

import nl.ontmoet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a container and its operator rely on: a health check that works in the image, and nothing else exposed. */
@IntegrationTest
class DeploymentDefaultsIT {

    @LocalServerPort int port;

    @Test
    void the_health_endpoint_says_up_without_login_and_without_details() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_dockerfile_healthcheck_works_with_what_the_jre_image_has() throws Exception {
        List<String> command = healthcheckCommand();
        assertThat(command.getFirst()).as("the eclipse-temurin JRE image has bash, not wget or curl").isEqualTo("bash");

        assertThat(run(command, port)).isZero();
        assertThat(run(command, freePortWithNothingOnIt())).isNotZero();
    }

    /** The exec form of the HEALTHCHECK line: a JSON array of strings. */
    private static List<String> healthcheckCommand() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile")).replace("\\\n", " ");
        String line = dockerfile.lines().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
        var strings = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line.substring(line.indexOf("CMD")));
        var command = new ArrayList<String>();
        while (strings.find()) {
            command.add(strings.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return command;
    }

    private static int run(List<String> command, int port) throws Exception {
        var withPort = new ArrayList<String>();
        command.forEach(part -> withPort.add(part.replace("/8080", "/" + port)));
        var process = new ProcessBuilder(withPort).redirectErrorStream(true).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static int freePortWithNothingOnIt() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
