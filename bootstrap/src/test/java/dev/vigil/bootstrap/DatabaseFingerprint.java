package dev.vigil.bootstrap;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Every row of every table of a SQLite file, read through a connection of its own (WAL lets it read beside the
 * running server), for comparing the whole database before and after a request.
 */
final class DatabaseFingerprint {
    private final Path file;
    /** {@code table.column} values left out of the dump, each for a reason the caller gives. */
    private final Set<String> excludedColumns;

    DatabaseFingerprint(Path file, Set<String> excludedColumns) {
        this.file = file;
        this.excludedColumns = excludedColumns;
    }

    /** Table name to its rows, each row written as text; tables in name order, rows sorted. */
    Map<String, List<String>> dump() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> dump = new LinkedHashMap<>();
            connection.setAutoCommit(false); // one read transaction: a consistent picture of all tables
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            String column = rs.getMetaData().getColumnName(c);
                            if (excludedColumns.contains(table + "." + column)) {
                                continue;
                            }
                            row.append(column).append('=').append(Objects.toString(rs.getObject(c))).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                dump.put(table, rows);
            }
            connection.commit();
            return dump;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** A short description of what differs between two dumps (empty when they are equal). */
    static String difference(Map<String, List<String>> before, Map<String, List<String>> after) {
        StringBuilder out = new StringBuilder();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            List<String> a = before.getOrDefault(table, List.of());
            List<String> b = after.getOrDefault(table, List.of());
            if (!a.equals(b)) {
                List<String> added = new ArrayList<>(b);
                added.removeAll(a);
                List<String> removed = new ArrayList<>(a);
                removed.removeAll(b);
                out.append(table).append(": +").append(shorten(added)).append(" -").append(shorten(removed)).append("; ");
            }
        }
        return out.toString();
    }

    private static String shorten(List<String> rows) {
        String text = rows.toString();
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
