package nl.ontmoet.base;

import nl.ontmoet.base.i18n.BundleI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the translations complete: every bundle has the same keys in Dutch and English. */
class I18nBundlesTest {

    @Test
    void every_bundle_has_the_same_keys_in_dutch_and_english() throws IOException {
        Map<String, Properties> dutch = bundles("nl");
        Map<String, Properties> english = bundles("en");
        assertThat(english.keySet()).isEqualTo(dutch.keySet());
        dutch.forEach((bundle, texts) ->
                assertThat(new TreeSet<>(english.get(bundle).stringPropertyNames()))
                        .as("keys of %s_en", bundle)
                        .isEqualTo(new TreeSet<>(texts.stringPropertyNames())));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var provider = new BundleI18NProvider();
        Set<String> missing = new TreeSet<>();
        Pattern literalKey = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9._]*[a-zA-Z0-9_])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!provider.hasKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void dutch_is_the_default_and_english_is_offered() {
        var provider = new BundleI18NProvider();
        assertThat(provider.getProvidedLocales().getFirst()).isEqualTo(BundleI18NProvider.DUTCH);
        assertThat(provider.getTranslation("action.save", BundleI18NProvider.DUTCH)).isEqualTo("Opslaan");
        assertThat(provider.getTranslation("action.save", BundleI18NProvider.ENGLISH)).isEqualTo("Save");
        assertThat(provider.getTranslation("no.such.key", BundleI18NProvider.DUTCH)).isEqualTo("!no.such.key");
    }

    private static Map<String, Properties> bundles(String language) throws IOException {
        Map<String, Properties> result = new TreeMap<>();
        var resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*_" + language + ".properties");
        Set<String> seen = new HashSet<>();
        for (var resource : resources) {
            String name = resource.getFilename().replace("_" + language + ".properties", "");
            if (seen.add(name)) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                result.put(name, properties);
            }
        }
        return result;
    }
}
