package vn.trienkhai.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

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
    }
}
