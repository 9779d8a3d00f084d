package com.salaryguide.testsupport.oews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The written files, read back the way the importers read them (oews-format), hold exactly the model's figures. */
class ReleaseFilesTest {

    private static final OewsWages.TopCodes TOP_CODES = new OewsWages.TopCodes(BigDecimal.valueOf(Wage.ANNUAL_TOP_CODE),
            Wage.HOURLY_TOP_CODE);
    /** Markers often enough that a small release has every kind in every file. */
    private static final SyntheticRelease RELEASE = SyntheticRelease.generate(SyntheticRelease.Settings.small()
            .withMarkers(new SyntheticRelease.Markers(0.05, 0.05, 0.05, 0.4, 0.1, 0.05)));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ReleaseFile.Format.class)
    void filesReadBackThroughOewsFormatWithBlsColumnsAndTheModelsFigures(ReleaseFile.Format format) throws IOException {
        List<Path> paths = RELEASE.write(dir, format);
        String suffix = format == ReleaseFile.Format.CSV ? ".csv" : ".xlsx";
        assertThat(paths).extracting(p -> p.getFileName().toString())
                .containsExactly("national_M2024_dl" + suffix, "state_M2024_dl" + suffix, "MSA_M2024_dl" + suffix);
        OewsTable.Format readAs = format == ReleaseFile.Format.CSV ? OewsTable.Format.CSV : OewsTable.Format.XLSX;
        for (ReleaseFile file : ReleaseFile.values()) {
            List<Figures> expected = RELEASE.figures(file).toList();
            List<String> header = new ArrayList<>();
            List<OewsTable.Line> lines = new ArrayList<>();
            try (InputStream in = Files.newInputStream(dir.resolve(file.fileName(2024, format)))) {
                OewsTable.read(in, readAs, header::addAll, lines::add);
            }
            assertThat(header).isEqualTo(SyntheticRelease.COLUMNS);
            assertThat(lines).hasSize(expected.size());
            OewsWages wages = OewsWages.forHeader(new HashSet<>(header), TOP_CODES,
                    (column, problem) -> { throw new AssertionError(column + " " + problem); });
            Iterator<Figures> model = expected.iterator();
            for (OewsTable.Line line : lines) {
                assertRowHolds(line, model.next(), wages);
            }
        }
    }

    private static void assertRowHolds(OewsTable.Line line, Figures f, OewsWages wages) {
        String row = "row " + line.number() + " ";
        assertThat(line.get("AREA")).as(row).isEqualTo(f.area().code());
        assertThat(line.get("AREA_TITLE")).as(row).isEqualTo(f.area().title());
        assertThat(line.get("AREA_TYPE")).as(row).isEqualTo(Integer.toString(f.area().type().code()));
        assertThat(line.get("PRIM_STATE")).as(row).isEqualTo(f.area().primState());
        assertThat(line.get("OCC_CODE")).as(row).isEqualTo(f.occupation().socCode());
        assertThat(line.get("OCC_TITLE")).as(row).isEqualTo(f.occupation().title());
        assertThat(line.get("O_GROUP")).as(row).isEqualTo(f.occupation().group().cell());
        OewsWages.Figures read = wages.read(line, (column, problem) -> {
            throw new AssertionError(row + column + " " + problem);
        });
        assertThat(read.employment()).as(row + "TOT_EMP").isEqualTo(f.employment());
        assertSame(row + "mean", read.annualMean(), read.hourlyMean(), f.mean());
        for (int i = 0; i < 5; i++) {
            OewsWages.Percentile p = read.percentiles().get(i);
            assertSame(row + "p" + p.percentile(), p.annual(), p.hourly(), f.percentiles().get(i));
        }
        assertThat(amount(line.get("JOBS_1000"))).as(row + "JOBS_1000").isEqualTo(f.jobsPer1000());
        assertThat(amount(line.get("LOC_QUOTIENT"))).as(row + "LOC_QUOTIENT").isEqualTo(f.locationQuotient());
        assertThat("~".equals(line.get("JOBS_1000"))).as(row + "~").isEqualTo(f.shareTiny());
    }

    private static void assertSame(String what, OewsValue annual, OewsValue hourly, Wage wage) {
        assertThat(annual.amount() == null ? null : annual.amount().intValueExact()).as(what + " annual").isEqualTo(wage.annual());
        assertThat(annual.topCoded()).as(what + " annual #").isEqualTo(wage.annualTopCoded());
        assertThat(hourly.amount()).as(what + " hourly").isEqualTo(wage.hourly());
        assertThat(hourly.topCoded()).as(what + " hourly #").isEqualTo(wage.hourlyTopCoded());
    }

    private static BigDecimal amount(String cell) {
        return OewsValue.parse(cell, null).amount();
    }

    @Test
    void theWorkbookHasTheDataFirstAndBlsFieldDescriptionsAfter() throws IOException {
        Path path = dir.resolve("state.xlsx");
        try (var out = Files.newOutputStream(path)) {
            RELEASE.write(ReleaseFile.STATE, ReleaseFile.Format.XLSX, out);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("state_M2024_dl", "Field Descriptions");
            Sheet fields = workbook.getSheets().toList().get(1);
            assertThat(fields.read()).filteredOn(r -> r.getRowNum() > 1 && r.getRowNum() <= 33)
                    .extracting(r -> r.getCellText(0)).containsExactlyElementsOf(SyntheticRelease.COLUMNS);
        }
    }

    @Test
    void theCsvQuotesOnlyCellsWithCommasAndKeepsNonAsciiTitles() throws IOException {
        Path path = dir.resolve("msa.csv");
        try (var out = Files.newOutputStream(path)) {
            RELEASE.write(ReleaseFile.MSA, ReleaseFile.Format.CSV, out);
        }
        String csv = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", SyntheticRelease.COLUMNS) + "\r\n");
        assertThat(csv).contains("\r\n41980,\"San Juan-Bayamón-Caguas, PR\",4,PR,000000,Cross-industry,cross-industry,1235,");
    }

    /** Runs the command-line generator for a full-size XLSX release in a JVM with a 48 MB heap. */
    @Test
    void writesAFullSizeReleaseInBoundedMemory() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), SyntheticRelease.class.getName(),
                dir.toString(), "--format", "xlsx", "--year", "2023")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        long msaRows = SyntheticRelease.generate(SyntheticRelease.Settings.fullSize().withYear(2023))
                .figures(ReleaseFile.MSA).count();
        assertThat(output).containsPattern("MSA_M2023_dl\\.xlsx +" + String.format(Locale.ROOT, "%,d", msaRows) + " rows");
        assertThat(Files.size(dir.resolve("MSA_M2023_dl.xlsx"))).isGreaterThan(10_000_000);
    }
}
