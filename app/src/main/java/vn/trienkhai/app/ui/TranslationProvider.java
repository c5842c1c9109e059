package vn.trienkhai.app.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** The workspace's translations: the same chained bundles the domain's messages come from. */
@Singleton
class TranslationProvider implements I18NProvider {

    private final Messages messages;

    TranslationProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return messages.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}
