package vn.trienkhai.app.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.trienkhai.app.RunningApp;

import java.util.HashMap;
import java.util.Map;

/**
 * The application and one browser per window width, started once for every browser test of the run (kept in
 * JUnit's root store, closed when the run ends): starting them per class would cost a minute each.
 */
final class BrowserSession implements AutoCloseable {

    static final int DESKTOP = 1366;
    static final int PHONE = 390;
    private static final Map<Integer, Integer> HEIGHTS = Map.of(DESKTOP, 900, PHONE, 844);

    private final RunningApp app = RunningApp.onPostgres();
    private final Map<Integer, Browser> browsers = new HashMap<>();

    /** Hands the one session of the run to any test method or callback that declares a parameter of this type. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserSession.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    private static BrowserSession of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BrowserSession.class, type -> new BrowserSession(), BrowserSession.class);
    }

    RunningApp app() {
        return app;
    }

    Browser at(int width) {
        return browsers.computeIfAbsent(width, w -> new Browser(app, w, HEIGHTS.get(w)));
    }

    @Override
    public void close() {
        browsers.values().forEach(Browser::close);
        app.close();
    }
}
