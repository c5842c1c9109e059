package vn.trienkhai.core.sql;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain SQL in the caller's transaction, for the lists and counts whose filters and sort orders are chosen at run
 * time, and for modules that keep their tables without repositories. Parameters are always bound, never spliced into
 * the text; a parameter list may hold nulls (build it with {@link #parameters}), an {@link Instant} is bound as a UTC
 * timestamp.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /** Runs an insert whose table generates its {@code id}; returns that id. */
    public long insert(String sql, List<?> parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Runs an insert, update or delete; returns the number of rows it touched. */
    public int update(String sql, List<?> parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    public long count(String sql, List<?> parameters) {
        List<Long> counts = list(sql, parameters, row -> row.getLong(1));
        if (counts.size() != 1) {
            throw new DataAccessException("A count query returned " + counts.size() + " rows");
        }
        return counts.getFirst();
    }

    /** A parameter list that, unlike {@code List.of}, takes the nulls of optional columns. */
    public static List<Object> parameters(Object... values) {
        return Arrays.asList(values);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int index = 0; index < parameters.size(); index++) {
            Object value = parameters.get(index);
            // JDBC drivers take an OffsetDateTime for TIMESTAMP WITH TIME ZONE, not an Instant
            statement.setObject(index + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
    }
}
