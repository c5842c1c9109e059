package vn.trienkhai.app.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;

/**
 * The workspace's web server: an embedded Jetty serving Vaadin, started after Netty in the same JVM and the
 * same Micronaut context, so views get the same service beans the API uses. See
 * docs/decisions/DD001-hosting-vaadin-beside-micronaut.md.
 */
@Singleton
@Requires(property = "trienkhai.ui.enabled", notEquals = "false")
public class VaadinJettyServer implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinJettyServer.class);
    // Vaadin's initialisers are found by scanning for @HandlesTypes; scanning every jar would cost seconds
    private static final String SCANNED_JARS = ".*/(flow|vaadin)-[^/]*\\.jar$|.*/trienkhai-[^/]*\\.jar$|.*/classes/.*";

    static final int SESSION_MINUTES = 30;

    private final ApplicationContext context;
    private final int port;
    private Server server;

    VaadinJettyServer(ApplicationContext context, @Value("${trienkhai.ui.port:8080}") int port) {
        this.context = context;
        this.port = port;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        try {
            start();
        } catch (Exception e) {
            throw new IllegalStateException("The workspace web server failed to start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Where the workspace answers, e.g. {@code http://localhost:8080/}. */
    public String url() {
        return "http://localhost:" + actualPort() + "/";
    }

    public int actualPort() {
        return ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
    }

    private synchronized void start() throws Exception {
        long started = System.currentTimeMillis();
        server = new Server();
        server.addConnector(anonymousConnector(server, port));
        server.setStopTimeout(5_000);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setBaseResource(ResourceFactory.of(webapp).newClassLoaderResource("webapp"));
        webapp.addConfiguration(new AnnotationConfiguration());
        webapp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED_JARS);
        webapp.setParentLoaderPriority(true);
        webapp.setThrowUnavailableOnStartupException(true);
        configureSessions(webapp.getSessionHandler());
        webapp.addFilter(SecurityHeadersFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder holder = new ServletHolder("vaadin", new MicronautVaadinServlet(context));
        holder.setAsyncSupported(true);
        // the heartbeat of an open tab must not keep an idle session alive past its timeout
        holder.setInitParameter("closeIdleSessions", "true");
        webapp.addServlet(holder, "/*");
        server.setHandler(webapp);
        server.start();
        LOG.info("Workspace started on port {} in {} ms", actualPort(), System.currentTimeMillis() - started);
    }

    /** A plain HTTP connector that names neither Jetty nor its version (no Server or X-Powered-By header). */
    private static ServerConnector anonymousConnector(Server server, int port) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        return connector;
    }

    /** Sessions end after {@value #SESSION_MINUTES} idle minutes; their cookie is HttpOnly, SameSite and Secure over HTTPS. */
    private static void configureSessions(SessionHandler sessions) {
        sessions.setMaxInactiveInterval(SESSION_MINUTES * 60);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true);
    }

    @PreDestroy
    synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
