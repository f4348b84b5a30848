package nl.ontmoet.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code scripts/generate-data.sh}: with the {@code generate} profile the application fills its empty database with
 * a generated municipality ({@code ontmoet.generate.scale}, {@code ontmoet.generate.seed}) and stops.
 */
@Component
@Profile("generate")
class GenerateData implements ApplicationRunner {

    private final MunicipalityGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String scale;
    private final long seed;

    GenerateData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, ConfigurableApplicationContext context,
                 @Value("${ontmoet.generate.scale:large}") String scale,
                 @Value("${ontmoet.generate.seed:1}") long seed) {
        this.generator = new MunicipalityGenerator(jdbc, passwordEncoder);
        this.context = context;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        generator.generate(GeneratorScale.named(scale), seed);
        System.out.println("Generated (scale " + scale + ", seed " + seed + "): " + generator.counts());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
