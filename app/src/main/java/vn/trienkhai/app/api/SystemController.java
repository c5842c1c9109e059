package vn.trienkhai.app.api;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.module.InstalledModule;
import vn.trienkhai.core.module.ModuleRegistry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** Is the application up, and which version of it and of each module is running. */
@Controller("/api")
@Tag(name = "Hệ thống")
class SystemController {

    private final DataSource dataSource;
    private final ModuleRegistry modules;
    private final String version;

    SystemController(DataSource dataSource, ModuleRegistry modules) {
        this.dataSource = dataSource;
        this.modules = modules;
        this.version = buildVersion();
    }

    @Get("/health")
    @Operation(summary = "Tình trạng hoạt động", description = "UP when the database answers within 2 s; 503 otherwise.")
    HttpResponse<Health> health() {
        boolean database = databaseAnswers();
        Health health = new Health(database ? "UP" : "DOWN", database ? "UP" : "DOWN");
        return database ? HttpResponse.ok(health) : HttpResponse.serverError(health).status(503);
    }

    @Get("/version")
    @Operation(summary = "Phiên bản", description = "The application's version and every installed module's.")
    Version version() {
        return new Version("Triển Khai", version, modules.installed().stream()
                .map(module -> new ModuleVersion(module.id(), module.version())).toList());
    }

    private boolean databaseAnswers() {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String buildVersion() {
        try (InputStream in = SystemController.class.getResourceAsStream("/trienkhai-build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record Health(String status, String database) {
    }

    @Serdeable
    record Version(String application, String version, List<ModuleVersion> modules) {
    }

    @Serdeable
    record ModuleVersion(String id, String version) {
    }
}
