package vn.trienkhai.core.i18n;

import jakarta.inject.Singleton;
import vn.trienkhai.core.text.VietnameseText;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The product's texts: the core bundle, then every {@link MessageBundle}'s, in Vietnamese by default.
 *
 * <p>The UI's translation provider and the domain's error messages both read from here, so a key means the
 * same thing on every screen and in every API error. A missing key shows as {@code !key!} rather than failing,
 * and the bundle tests make sure none is missing.
 */
@Singleton
public class Messages {

    public static final String CORE_BUNDLE = "i18n/core/messages";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<String> bundleNames;

    public Messages(List<MessageBundle> bundles) {
        List<String> names = new ArrayList<>();
        names.add(CORE_BUNDLE);
        bundles.stream().flatMap(bundle -> bundle.baseNames().stream()).forEach(names::add);
        this.bundleNames = List.copyOf(names);
    }

    public List<Locale> locales() {
        return List.of(VietnameseText.LOCALE);
    }

    /** The text of {@code key} in Vietnamese, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        return get(VietnameseText.LOCALE, key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return find(locale, key)
                .map(pattern -> args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(displayable(args)))
                .orElse("!" + key + "!");
    }

    /** MessageFormat knows no java.time: dates are shown the Vietnamese way, day first. */
    private static Object[] displayable(Object[] args) {
        return Arrays.stream(args).map(arg -> arg instanceof LocalDate date ? DATE.format(date) : arg).toArray();
    }

    public Optional<String> find(Locale locale, String key) {
        for (String name : bundleNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, getClass().getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException noBundleForLocale) {
                // a module may ship no bundle at all: the next one may still have the key
            }
        }
        return Optional.empty();
    }
}
