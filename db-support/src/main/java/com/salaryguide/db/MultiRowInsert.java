package com.salaryguide.db;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bulk INSERTs as multi-row VALUES statements with positional parameters ($1, $2, ...), a chunk of rows per
 * statement, run on the caller's (transactional) connection: thousands of rows cost a handful of round trips
 * rather than one per row. Portable between PostgreSQL and H2.
 */
public final class MultiRowInsert {

    public static final int ROWS_PER_STATEMENT = 500;

    private final String table;
    private final List<String> columns;
    private final List<Class<?>> types;

    /** {@code types} gives each column's Java type, so that a null can still be bound. */
    public MultiRowInsert(String table, List<String> columns, List<Class<?>> types) {
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("one type per column");
        }
        this.table = table;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
    }

    /** Inserts the rows (each an array in column order) in chunks; completes with the number of rows written. */
    public Mono<Long> insert(DatabaseClient db, List<Object[]> rows) {
        List<List<Object[]>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT)));
        }
        return Flux.fromIterable(chunks).concatMap(chunk -> insertChunk(db, chunk)).reduce(0L, Long::sum);
    }

    private Mono<Long> insertChunk(DatabaseClient db, List<Object[]> chunk) {
        int width = columns.size();
        return db.inConnection(connection -> {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns)).append(") VALUES ");
            for (int r = 0; r < chunk.size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                for (int c = 0; c < width; c++) {
                    sql.append(c == 0 ? "$" : ", $").append(r * width + c + 1);
                }
                sql.append(')');
            }
            Statement statement = connection.createStatement(sql.toString());
            for (int r = 0; r < chunk.size(); r++) {
                Object[] row = chunk.get(r);
                for (int c = 0; c < width; c++) {
                    if (row[c] == null) {
                        statement.bindNull(r * width + c, types.get(c));
                    } else {
                        statement.bind(r * width + c, row[c]);
                    }
                }
            }
            return Flux.from(statement.execute()).flatMap(Result::getRowsUpdated).reduce(0L, Long::sum);
        });
    }
}
