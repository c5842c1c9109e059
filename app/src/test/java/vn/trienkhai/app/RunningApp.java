package vn.trienkhai.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.trienkhai.app.server.VaadinJettyServer;
import vn.trienkhai.core.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole application started as {@code main} starts it (API on Netty, workspace on Jetty) on free ports,
 * for tests that talk to it over real HTTP. By default on a fresh PostgreSQL schema with the demo data, whose
 * accounts all have the password {@link #DEMO_PASSWORD}.
 */
public final class RunningApp implements AutoCloseable {

    public static final String DEMO_PASSWORD = "TrienKhai@2025";

    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningApp(Map<String, Object> properties) {
        this.context = TrienKhaiApplication.start(properties);
    }

    public static RunningApp onPostgres() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "true");
        properties.put("trienkhai.data-dir", temporaryDirectory());
        return new RunningApp(withFreePorts(properties));
    }

    public static RunningApp with(Map<String, Object> properties) {
        return new RunningApp(withFreePorts(new HashMap<>(properties)));
    }

    /** Attachments and the like go to a directory of their own, not into the source tree. */
    private static String temporaryDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("trienkhai-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> withFreePorts(Map<String, Object> properties) {
        properties.put("micronaut.server.port", -1);
        properties.put("trienkhai.ui.port", 0);
        return properties;
    }

    public ApplicationContext context() {
        return context;
    }

    public String apiUrl(String path) {
        return context.getBean(EmbeddedServer.class).getURL() + path;
    }

    public String workspaceUrl() {
        return context.getBean(VaadinJettyServer.class).url();
    }

    /** A client without credentials. */
    public Client anonymous() {
        return new Client(Map.of());
    }

    /** A client signed in through the API as the demo account {@code login}. */
    public Client as(String login) {
        Response token = anonymous().call("POST", "/api/auth/token", "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, DEMO_PASSWORD));
        if (token.status() != 201) {
            throw new IllegalStateException("Cannot sign in as " + login + ": " + token.body());
        }
        return withToken((String) token.object().get("secret"));
    }

    /**
     * A client signed in as a new account {@code login} with one role at the demo unit named {@code unitName},
     * created by the province's administrator.
     */
    public Client newAccount(String login, String unitName, String role) {
        Client admin = as("laichau.admin");
        Object unitId = admin.get("/api/units").list().stream().filter(unit -> unitName.equals(unit.get("name")))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo unit " + unitName)).get("id");
        String password = "mat-khau-" + login;
        Response created = admin.call("POST", "/api/accounts", """
                {"login":"%s","displayName":"%s","password":"%s","homeUnitId":%s,"roles":["%s"]}"""
                .formatted(login, login, password, unitId, role));
        if (created.status() != 201) {
            throw new IllegalStateException("Cannot create " + login + ": " + created.body());
        }
        return withToken((String) anonymous().call("POST", "/api/auth/token",
                "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password)).object().get("secret"));
    }

    public Client withToken(String secret) {
        return new Client(Map.of("Authorization", "Bearer " + secret));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Sends requests with a fixed set of headers. */
    public final class Client {
        private final Map<String, String> headers;

        private Client(Map<String, String> headers) {
            this.headers = headers;
        }

        /** The same credentials, acting in another organisation (system administrators only). */
        public Client inOrganisation(String code) {
            Map<String, String> more = new HashMap<>(headers);
            more.put("X-Organisation", code);
            return new Client(more);
        }

        public Response get(String path) {
            return call("GET", path, null);
        }

        public Response call(String method, String path, String jsonBody) {
            return send(method, path, "application/json",
                    jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        }

        /** A GET whose answer is a file, not JSON: its status, headers and bytes. */
        public HttpResponse<byte[]> download(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl(path))).GET();
            headers.forEach(request::header);
            return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Sends a body of any type: plain text, a multipart form. */
        public Response send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl(path))).method(method, body)
                    .header("Content-Type", contentType).header("Accept", "application/json, */*;q=0.5");
            headers.forEach(request::header);
            HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map(), context.getBean(JsonMapper.class));
        }

        private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
            try {
                return http.send(request, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An HTTP answer with its JSON body read as maps and lists. */
    public record Response(int status, String body, Map<String, List<String>> headers, JsonMapper json) {

        public Map<String, Object> object() {
            return read(Argument.mapOf(String.class, Object.class));
        }

        public List<Map<String, Object>> list() {
            return read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }

        private <T> T read(Argument<T> type) {
            try {
                return json.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }
}
