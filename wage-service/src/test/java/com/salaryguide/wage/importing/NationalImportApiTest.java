package com.salaryguide.wage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** BLS OEWS national imports over HTTP, on PostgreSQL. Imports use 2022/2023 so the seed's 2024 stays intact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class NationalImportApiTest {

    /** The service's upload directory, holding before it starts what a killed import and a live one left there. */
    private static final Path UPLOADS;
    private static final Path LEFT_BY_A_KILLED_IMPORT;
    private static final Path BEING_UPLOADED_BY_ANOTHER_INSTANCE;
    private static final Process ANOTHER_INSTANCE;

    static {
        try {
            UPLOADS = Files.createTempDirectory("wage-uploads-");
            Process killed = new ProcessBuilder("true").start();
            killed.waitFor();
            ANOTHER_INSTANCE = new ProcessBuilder("sleep", "600").start();
            LEFT_BY_A_KILLED_IMPORT = Files.write(UPLOADS.resolve("upload-" + killed.pid() + "-1.csv"), new byte[4096]);
            BEING_UPLOADED_BY_ANOTHER_INSTANCE = Files.write(
                    UPLOADS.resolve("upload-" + ANOTHER_INSTANCE.pid() + "-2.csv"), new byte[512]);
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.oews.upload-dir", UPLOADS::toString);
    }

    @AfterAll
    static void stopTheOtherInstance() throws IOException {
        ANOTHER_INSTANCE.destroyForcibly();
        Files.deleteIfExists(BEING_UPLOADED_BY_ANOTHER_INSTANCE);
        Files.deleteIfExists(UPLOADS);
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void restoreTheSeed() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM national_wage WHERE data_year <> 2024");
            st.execute("DELETE FROM occupation WHERE soc_code NOT IN ('15-2051', '15-1252')");
        }
    }

    private static byte[] sampleCsv() throws IOException {
        try (InputStream in = NationalImportApiTest.class.getResourceAsStream("/oews/national_M2023_sample.csv")) {
            return in.readAllBytes();
        }
    }

    private WebTestClient.ResponseSpec upload(String query, String contentType, byte[] body, String token) {
        return http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().post()
                .uri("/api/v1/occupations/imports" + query).contentType(MediaType.parseMediaType(contentType))
                .headers(TestTokens.bearer(token)).bodyValue(body).exchange();
    }

    private static long count(String sql) throws Exception {
        try (var connection = TestPostgres.connect(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Path> uploadFiles() throws IOException {
        try (var files = Files.list(UPLOADS)) {
            return files.toList();
        }
    }

    @Test
    void atStartDeletesTheUploadAKilledImportLeftAndKeepsOneALiveInstanceIsWriting() throws IOException {
        assertThat(LEFT_BY_A_KILLED_IMPORT).doesNotExist();
        assertThat(uploadFiles()).containsExactly(BEING_UPLOADED_BY_ANOTHER_INSTANCE);
    }

    @Test
    void importsACsvFileAndServesItsOccupations() {
        upload("?year=2023", "text/csv", sampleCsvUnchecked(), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2023)
                .jsonPath("$.occupations").isEqualTo(6)
                .jsonPath("$.occupationsAdded").isEqualTo(4)
                .jsonPath("$.percentileRows").isEqualTo(30)
                .jsonPath("$.topCodedFigures").isEqualTo(4)
                .jsonPath("$.rowsRead").isEqualTo(8);
        http.get().uri("/api/v1/occupations/11-1011").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dataYear").isEqualTo(2023)
                .jsonPath("$.employment").isEqualTo(211230)
                .jsonPath("$.percentiles[2].annual").isEqualTo(206680)
                .jsonPath("$.percentiles[3].annual").isEqualTo(239200)
                .jsonPath("$.employmentStatus").isEqualTo("reported")
                .jsonPath("$.annualMeanWage").isEqualTo(261170)
                .jsonPath("$.percentiles[2].annualStatus").isEqualTo("reported")
                .jsonPath("$.percentiles[3].annualStatus").isEqualTo("top-coded")
                .jsonPath("$.percentiles[3].hourlyStatus").isEqualTo("top-coded");
        // a rank inside the top-coded band is unknown, never a made-up number
        http.get().uri("/api/v1/occupations/11-1011/percentile-rank?annual=220000").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.position").isEqualTo("within")
                .jsonPath("$.percentileRank").value(v -> assertThat(v).isNull());
        http.get().uri("/api/v1/occupations/53-3011/percentile-rank?annual=35050").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.percentileRank").isEqualTo(50.0);
        http.get().uri("/api/v1/occupations/25-2021").exchange()
                .expectBody()
                .jsonPath("$.hourlyMeanWage").isEmpty().jsonPath("$.hourlyMeanWageStatus").isEqualTo("not-available")
                .jsonPath("$.annualMeanWage").isEqualTo(69980);
        // the seed's own (2024) figures are still the latest for 15-2051
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectBody().jsonPath("$.dataYear").isEqualTo(2024).jsonPath("$.percentiles[2].annual").isEqualTo(112590);
    }

    @Test
    void importsTheSameDataAsAnXlsxWorkbookWithTheYearFromTheFileName() throws Exception {
        upload("?fileName=national_M2023_dl.xlsx", OewsTable.Format.XLSX_MEDIA_TYPE, xlsx(sampleCsv()), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.year").isEqualTo(2023).jsonPath("$.format").isEqualTo("XLSX")
                .jsonPath("$.occupations").isEqualTo(6).jsonPath("$.topCodedFigures").isEqualTo(4);
        http.get().uri("/api/v1/occupations/15-1252/percentile-rank?annual=150000").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.dataYear").isEqualTo(2024);
        http.get().uri("/api/v1/occupations/27-2011").exchange()
                .expectBody().jsonPath("$.percentiles[2].hourly").isEqualTo(23.33);
    }

    @Test
    void aFileWithOneBadRowIsRejectedNamingTheRowAndChangesNothing() throws Exception {
        upload("?year=2023", "text/csv", sampleCsv(), TestTokens.writer()).expectStatus().isOk();
        long before = count("SELECT COUNT(*) FROM wage_percentile");
        String bad = new String(sampleCsv(), StandardCharsets.UTF_8).replace("\"132,270\"", "\"13x,270\"")
                .replace("Chief Executives", "Chief Executive Officers");
        upload("?year=2023", "text/csv", bad.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("rows[5].A_MEDIAN");
        assertThat(count("SELECT COUNT(*) FROM wage_percentile")).isEqualTo(before);
        http.get().uri("/api/v1/occupations/11-1011").exchange().expectBody().jsonPath("$.title").isEqualTo("Chief Executives");
        assertThat(uploadFiles()).as("the rejected upload is deleted").containsExactly(BEING_UPLOADED_BY_ANOTHER_INSTANCE);
    }

    @Test
    void rejectsNumbersInExponentFormAndAMistypedFlagNamingThemAndChangesNothing() throws Exception {
        // BLS never prints exponents; rounding a cell like 1e-99999999 once kept a CPU busy for minutes
        String hostile = new String(sampleCsv(), StandardCharsets.UTF_8).replace("\"132,270\"", "1e-99999999")
                .replace("\"206,030\"", "1E+5");
        upload("?year=2023", "text/csv", hostile.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"errors":[{"field":"rows[5].A_MEDIAN","message":"must be a number, '*', '**' or '#', not '1e-99999999'"},
                                   {"field":"rows[5].A_PCT90","message":"must be a number, '*', '**' or '#', not '1E+5'"}]}""");
        upload("?year=2023&includeGroups=abc", "text/csv", sampleCsv(), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"type":"/problems/validation","detail":"includeGroups: has the wrong type or format",
                         "errors":[{"field":"includeGroups","message":"has the wrong type or format"}]}""");
        upload("?year=2023", "text/csv", new byte[0], TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        assertThat(count("SELECT COUNT(*) FROM national_wage WHERE data_year = 2023")).isZero();
    }

    @Test
    void aHandEditPreparedBeforeAnImportOfItsYearIsRefusedAfterIt() {
        String edit = "{\"percentiles\":[{\"percentile\":50,\"annual\":135000}]";
        http.put().uri("/api/v1/occupations/15-1252/wages/2023").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .bodyValue(edit + "}").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(0);
        upload("?year=2023", "text/csv", sampleCsvUnchecked(), TestTokens.writer()).expectStatus().isOk();
        http.put().uri("/api/v1/occupations/15-1252/wages/2023").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .bodyValue(edit + ",\"version\":0}").exchange()
                .expectStatus().isEqualTo(409);
        http.get().uri("/api/v1/occupations/15-1252/wages/2023").exchange()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.percentiles[2].annual").isEqualTo(132270);
    }

    @Test
    void reimportingAYearReplacesItAndLeavesOtherYears() throws Exception {
        upload("?year=2022", "text/csv", sampleCsv(), TestTokens.writer()).expectStatus().isOk();
        upload("?year=2023", "text/csv", sampleCsv(), TestTokens.writer()).expectStatus().isOk();
        String changed = new String(sampleCsv(), StandardCharsets.UTF_8).replace("\"206,680\"", "\"210,000\"");
        upload("?year=2023", "text/csv", changed.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isOk().expectBody().jsonPath("$.occupationsAdded").isEqualTo(0);
        assertThat(count("SELECT COUNT(*) FROM national_wage WHERE data_year = 2022")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM national_wage WHERE data_year = 2023")).isEqualTo(6);
        assertThat(count("SELECT annual FROM wage_percentile WHERE soc_code = '11-1011' AND data_year = 2023 AND percentile = 50"))
                .isEqualTo(210000);
        assertThat(count("SELECT annual FROM wage_percentile WHERE soc_code = '11-1011' AND data_year = 2022 AND percentile = 50"))
                .isEqualTo(206680);
    }

    @Test
    void importsALargeGeneratedFileOfEveryOccupation() {
        StringBuilder csv = new StringBuilder("OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,"
                + "H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n");
        for (int i = 0; i < 830; i++) {
            int base = 30_000 + i * 150;
            // 41-5000.. 49-5829: clear of the seed's codes
            String soc = String.format(Locale.ROOT, "%02d-%04d", 41 + i / 100, 5000 + i);
            csv.append(soc).append(",Occupation ").append(i).append(",detailed,\"").append(String.format(Locale.US, "%,d", 1000 + i))
                    .append("\",").append(hourly(base * 1.1)).append(',').append(Math.round(base * 1.1));
            double[] factors = {0.6, 0.8, 1.0, 1.3, 1.7};
            for (double f : factors) {
                csv.append(',').append(hourly(base * f));
            }
            for (double f : factors) {
                long annual = Math.round(base * f);
                csv.append(',').append(annual > 239_200 ? "#" : "\"" + String.format(Locale.US, "%,d", annual) + "\"");
            }
            csv.append('\n');
        }
        upload("?year=2022", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.occupations").isEqualTo(830).jsonPath("$.percentileRows").isEqualTo(4150);
        http.get().uri("/api/v1/occupations?q=Occupation 829").exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1);
        http.get().uri("/api/v1/occupations?size=100").exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(832);
    }

    @Test
    void refusesImportsWithoutAWriteTokenAndOtherMediaTypes() {
        upload("?year=2023", "text/csv", sampleCsvUnchecked(), null).expectStatus().isUnauthorized();
        upload("?year=2023", "text/csv", sampleCsvUnchecked(), TestTokens.withoutWriteScope()).expectStatus().isForbidden();
        upload("?year=2023", "application/json", "{}".getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isEqualTo(415);
        upload("", "text/csv", sampleCsvUnchecked(), TestTokens.writer())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        upload("?year=2023", OewsTable.Format.XLSX_MEDIA_TYPE, "not a workbook".getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
    }

    private static String hourly(double annualEquivalent) {
        return String.format(Locale.ROOT, "%.2f", annualEquivalent / 2080);
    }

    private static byte[] sampleCsvUnchecked() {
        try {
            return sampleCsv();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The CSV's cells as an XLSX workbook, as BLS publishes it (numbers stay text, like BLS's own formatting). */
    private static byte[] xlsx(byte[] csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "salary-guide-tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("All May 2023 data");
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new java.io.ByteArrayInputStream(csv),
                StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            for (int r = 0; r < records.size(); r++) {
                for (int c = 0; c < records.get(r).size(); c++) {
                    sheet.value(r, c, records.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
