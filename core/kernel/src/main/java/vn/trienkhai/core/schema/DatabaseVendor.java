package vn.trienkhai.core.schema;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database the application runs on, read from the connection itself: nothing to configure. */
public enum DatabaseVendor {
    POSTGRESQL, H2;

    public static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** The folder name of this vendor's own migrations, e.g. {@code db/core-vendor/postgresql}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
