package vn.trienkhai.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import vn.trienkhai.app.server.DatabaseDefaults;
import vn.trienkhai.app.server.VaadinJettyServer;

import java.util.Map;

/**
 * Starts Triển Khai in one JVM: the Micronaut context, the JSON API on Netty and the Vaadin workspace on
 * embedded Jetty, and prints where the workspace is.
 */
public final class TrienKhaiApplication {

    private TrienKhaiApplication() {
    }

    public static void main(String[] args) {
        ApplicationContext context = start(Map.of(), args);
        System.out.println("Triển Khai is ready at " + context.getBean(VaadinJettyServer.class).url());
    }

    /** Starts the application; {@code overrides} win over the environment (tests pass their database here). */
    public static ApplicationContext start(Map<String, Object> overrides, String... args) {
        Map<String, Object> properties = DatabaseDefaults.merge(System.getenv(), overrides);
        return Micronaut.build(args).mainClass(TrienKhaiApplication.class).properties(properties).start();
    }
}
