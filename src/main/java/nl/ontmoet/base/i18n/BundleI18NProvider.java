package nl.ontmoet.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import nl.ontmoet.base.format.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * All UI texts. Every feature keeps its own bundle pair under {@code i18n/} ({@code feature_nl.properties},
 * {@code feature_en.properties}); this provider merges them per language. Dutch is the default and the
 * fallback for a key missing in another language.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Formats.DUTCH_LOCALE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE_PATTERN = "classpath*:i18n/*_*.properties";

    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);
    private static final Pattern FILE_NAME = Pattern.compile(".*_([a-z]{2})\\.properties");

    private final Map<String, Properties> textsByLanguage = loadBundles();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    public boolean hasKey(String key) {
        return lookup(key, DUTCH) != null;
    }

    private String lookup(String key, Locale locale) {
        var language = locale == null ? DUTCH.getLanguage() : locale.getLanguage();
        var texts = textsByLanguage.getOrDefault(language, textsByLanguage.get(DUTCH.getLanguage()));
        var text = texts == null ? null : texts.getProperty(key);
        if (text == null && !DUTCH.getLanguage().equals(language)) {
            text = textsByLanguage.get(DUTCH.getLanguage()).getProperty(key);
        }
        return text;
    }

    static Map<String, Properties> loadBundles() {
        Map<String, Properties> result = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN)) {
                var matcher = FILE_NAME.matcher(resource.getFilename());
                if (!matcher.matches()) {
                    continue;
                }
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    result.computeIfAbsent(matcher.group(1), language -> new Properties()).load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
