package vn.trienkhai.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.Lumo;

import java.util.Locale;

/**
 * The page around the workspace. Styles are plain stylesheets served from the class path: the production
 * build keeps Vaadin's pre-compiled bundle and needs no Node.js.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/trienkhai.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Triển Khai");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addInlineWithContents(Inline.Position.PREPEND, selectionColumnNames(), Inline.Wrapping.JAVASCRIPT);
    }

    /**
     * Names the selection checkboxes of a multi-select grid in Vietnamese. The web component gives them the fixed
     * names "Select All" and "Select Row" and Vaadin 25.2 has no setting for them; the pre-compiled bundle takes no
     * module of ours, so the column's renderers are wrapped once the element is defined, before any grid renders.
     */
    private static String selectionColumnNames() {
        I18NProvider messages = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        Locale locale = messages.getDefaultLocale();
        return """
                customElements.whenDefined('vaadin-grid-flow-selection-column').then(() => {
                  const column = customElements.get('vaadin-grid-flow-selection-column').prototype;
                  const name = (renderer, label) => function (root, ...rest) {
                    renderer.call(this, root, ...rest);
                    if (root.firstElementChild) root.firstElementChild.accessibleName = label;
                  };
                  column._defaultHeaderRenderer = name(column._defaultHeaderRenderer, %s);
                  column._defaultRenderer = name(column._defaultRenderer, %s);
                });""".formatted(quoted(messages.getTranslation("grid.select-all", locale)),
                quoted(messages.getTranslation("grid.select-row", locale)));
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
