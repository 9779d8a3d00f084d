package com.salaryguide.oews;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the rows of a BLS OEWS file, CSV export or XLSX workbook (first sheet), as maps from upper-cased header
 * name to cell text. Row numbers are the file's own (the header is row 1), so errors point at what a person sees.
 */
public final class OewsTable {

    /** The two forms BLS publishes, and the media types an upload of each arrives with. */
    public enum Format {
        CSV, XLSX;

        public static final String CSV_MEDIA_TYPE = "text/csv";
        public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        /** The format an upload's media type (type/subtype, without parameters) names: XLSX for the workbook type. */
        public static Format ofMediaType(String typeAndSubtype) {
            return XLSX_MEDIA_TYPE.equalsIgnoreCase(typeAndSubtype) ? XLSX : CSV;
        }

        /** The file-name suffix of a file in this format, such as ".xlsx". */
        public String fileSuffix() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One data row: its 1-based row number in the file and its cells by upper-cased column name. */
    public record Line(long number, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? null : v.strip();
        }
    }

    private OewsTable() {
    }

    /** Calls {@code header} once with the column names, then {@code row} for every data row, in file order. */
    public static void read(InputStream in, Format format, Consumer<List<String>> header, Consumer<Line> row) {
        try {
            if (format == Format.CSV) {
                readCsv(in, header, row);
            } else {
                readXlsx(in, header, row);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void readCsv(InputStream in, Consumer<List<String>> header, Consumer<Line> row) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> names = parser.getHeaderNames().stream().map(OewsTable::column).toList();
            header.accept(names);
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>(names.size() * 2);
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    cells.put(names.get(i), record.get(i));
                }
                row.accept(new Line(record.getRecordNumber() + 1, cells));
            }
        }
    }

    private static void readXlsx(InputStream in, Consumer<List<String>> header, Consumer<Line> row) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (var rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                if (!it.hasNext()) {
                    header.accept(List.of());
                    return;
                }
                Row first = it.next();
                List<String> names = first.stream().map(c -> c == null ? "" : column(c.getText())).toList();
                header.accept(names);
                while (it.hasNext()) {
                    Row r = it.next();
                    Map<String, String> cells = new HashMap<>(names.size() * 2);
                    boolean empty = true;
                    for (int i = 0; i < names.size(); i++) {
                        String text = r.getCellText(i);
                        if (text != null && !text.isBlank()) {
                            empty = false;
                        }
                        cells.put(names.get(i), text);
                    }
                    if (!empty) {
                        row.accept(new Line(r.getRowNum(), cells));
                    }
                }
            }
        }
    }

    private static String column(String name) {
        return name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    }
}
