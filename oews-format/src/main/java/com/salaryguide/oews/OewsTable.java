package com.salaryguide.oews;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

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

    /**
     * An open file: its header and its data rows, read lazily as the stream is consumed (so a caller can take them
     * only as fast as it can use them). Closing it releases the file.
     */
    public static final class Rows implements AutoCloseable {

        private final List<String> header;
        private final Stream<Line> lines;
        private final AutoCloseable source;

        private Rows(List<String> header, Stream<Line> lines, AutoCloseable source) {
            this.header = header;
            this.lines = lines;
            this.source = source;
        }

        /** The column names, upper-cased; empty for an empty workbook. */
        public List<String> header() {
            return header;
        }

        /** The data rows in file order; blank workbook rows are left out. Consumable once. */
        public Stream<Line> lines() {
            return lines;
        }

        @Override
        public void close() {
            try (AutoCloseable s = source) {
                lines.close();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private OewsTable() {
    }

    /**
     * Opens an uploaded file. A workbook is read from the file itself (its zip directory read in place, its sheet
     * streamed), never copied into memory, so memory stays bounded whatever the file's size.
     */
    public static Rows open(Path file, Format format) throws IOException {
        if (format == Format.CSV) {
            return csv(Files.newInputStream(file));
        }
        return xlsx(new ReadableWorkbook(file.toFile()));
    }

    /**
     * Calls {@code header} once with the column names, then {@code row} for every data row, in file order. A
     * workbook read from a stream is held in memory whole; {@link #open(Path, Format)} is the bounded way.
     */
    public static void read(InputStream in, Format format, Consumer<List<String>> header, Consumer<Line> row) {
        try (Rows rows = format == Format.CSV ? csv(in) : xlsx(new ReadableWorkbook(in))) {
            header.accept(rows.header());
            rows.lines().forEach(row);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Rows csv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException | RuntimeException ex) {
            reader.close();
            throw ex;
        }
        List<String> names = parser.getHeaderNames().stream().map(OewsTable::column).toList();
        Stream<Line> lines = parser.stream().map(record -> csvLine(names, record));
        return new Rows(names, lines, parser);
    }

    private static Line csvLine(List<String> names, CSVRecord record) {
        Map<String, String> cells = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size() && i < record.size(); i++) {
            cells.put(names.get(i), record.get(i));
        }
        return new Line(record.getRecordNumber() + 1, cells);
    }

    private static Rows xlsx(ReadableWorkbook workbook) throws IOException {
        Stream<Row> sheet;
        try {
            sheet = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException ex) {
            workbook.close();
            throw ex;
        }
        Iterator<Row> it = sheet.iterator();
        List<String> names = it.hasNext()
                ? it.next().stream().map(c -> c == null ? "" : column(c.getText())).toList()
                : List.of();
        Iterable<Row> rest = () -> it;
        Stream<Line> lines = StreamSupport.stream(rest.spliterator(), false)
                .map(r -> xlsxLine(names, r)).filter(Objects::nonNull);
        return new Rows(names, lines, () -> {
            try (workbook) {
                sheet.close();
            }
        });
    }

    private static Line xlsxLine(List<String> names, Row r) {
        Map<String, String> cells = new HashMap<>(names.size() * 2);
        boolean empty = true;
        for (int i = 0; i < names.size(); i++) {
            String text = r.getCellText(i);
            if (text != null && !text.isBlank()) {
                empty = false;
            }
            cells.put(names.get(i), text);
        }
        return empty ? null : new Line(r.getRowNum(), cells);
    }

    private static String column(String name) {
        return name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    }
}
