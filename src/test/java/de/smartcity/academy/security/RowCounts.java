package de.smartcity.academy.security;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test-only (added to the deployment by {@link BadInputIT}, never shipped): the number of rows of every
 * application table, one {@code table=count} line each, to show that refused input wrote nothing.
 */
@WebServlet("/test-support/row-counts")
public class RowCounts extends HttpServlet {

    @Resource(lookup = "java:app/jdbc/academy") DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TreeMap<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    if (!result.getString("TABLE_NAME").toUpperCase().startsWith("DATABASECHANGELOG")) {
                        tables.add(result.getString("TABLE_SCHEM") + "." + result.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table.substring(table.indexOf('.') + 1).toLowerCase(), count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder body = new StringBuilder();
        counts.forEach((table, count) -> body.append(table).append('=').append(count).append('\n'));
        response.getWriter().write(body.toString());
    }
}
