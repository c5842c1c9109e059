package vn.trienkhai.core.testing;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows for one table gathered as CSV and written with PostgreSQL's COPY, for the benchmarks that fill a province:
 * hundreds of thousands of rows in seconds, where single inserts would take minutes. Ids are reserved from the
 * table's identity sequence beforehand, so that rows can point at each other before they are written.
 */
public final class CsvCopy {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private int count;

    public CsvCopy(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Appends a row; null is SQL NULL, every other value is written as its text, quoted. */
    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append(',');
            }
            if (values[i] != null) {
                rows.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        rows.append('\n');
        count++;
    }

    public int count() {
        return count;
    }

    /** Writes the rows gathered so far in one COPY and forgets them. */
    public void write(Connection connection) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
    }

    /** The first of {@code count} consecutive ids taken from the identity sequence of {@code table}'s id. */
    public static long reserveIds(Connection connection, String table, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                     + " nextval(pg_get_serial_sequence('" + table + "', 'id')) + " + (count - 1) + ")")) {
            last.next();
            return last.getLong(1) - count + 1;
        }
    }
}
