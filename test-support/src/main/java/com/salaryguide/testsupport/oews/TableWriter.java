package com.salaryguide.testsupport.oews;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table row by row, never holding more than a few hundred rows: as BLS's CSV export, or as its XLSX
 * workbook (the data on the first sheet, every cell text as BLS formats it, a "Field Descriptions" sheet after it).
 * Closing finishes the file but leaves the stream open.
 */
abstract class TableWriter implements AutoCloseable {

    static TableWriter open(ReleaseFile.Format format, OutputStream out, String sheetName) {
        return format == ReleaseFile.Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    abstract void row(List<String> cells);

    @Override
    public abstract void close() throws IOException;

    /** RFC 4180 with BLS's habits: a cell is quoted only when it holds a comma, quote or line break. */
    private static final class Csv extends TableWriter {
        private final Writer writer;

        Csv(OutputStream out) {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        void row(List<String> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    String cell = cells.get(i);
                    if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                        writer.write('"');
                        writer.write(cell.replace("\"", "\"\""));
                        writer.write('"');
                    } else {
                        writer.write(cell);
                    }
                }
                writer.write("\r\n");
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    /** Inline strings (no shared-string table to grow with the file), flushed to the zip every few hundred rows. */
    private static final class Xlsx extends TableWriter {
        private static final int FLUSH_EVERY = 500;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int rows;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "salary-guide-synthetic-oews", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        void row(List<String> cells) {
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (!cell.isEmpty()) {
                    sheet.inlineString(rows, c, cell);
                }
            }
            rows++;
            if (rows % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            Worksheet fields = workbook.newWorksheet("Field Descriptions");
            fields.inlineString(0, 0, "Field");
            fields.inlineString(0, 1, "Field Description");
            int r = 1;
            for (Map.Entry<String, String> field : ReleaseRows.FIELDS.entrySet()) {
                fields.inlineString(r, 0, field.getKey());
                fields.inlineString(r++, 1, field.getValue());
            }
            r++;
            for (String note : ReleaseRows.NOTES) {
                fields.inlineString(r++, 0, note);
            }
            fields.finish();
            workbook.finish();
        }
    }
}
