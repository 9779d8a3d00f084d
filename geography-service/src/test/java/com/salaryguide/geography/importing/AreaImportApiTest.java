package com.salaryguide.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** BLS OEWS state and metro imports over HTTP, on PostgreSQL; the guide's own figures must survive every import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AreaImportApiTest {

    @TempDir
    static Path uploads;

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.oews.upload-dir", () -> uploads.resolve("geography-service").toString());
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void removeImportedFigures() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM area_wage WHERE occupation LIKE '__-____'");
            st.execute("DELETE FROM area WHERE area_type IN ('metro', 'nonmetro')"
                    + " AND code NOT IN (SELECT area_code FROM area_wage)");
            st.execute("UPDATE area SET name = 'Pittsburgh, PA' WHERE code = '38300'");
        }
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = AreaImportApiTest.class.getResourceAsStream("/oews/areas_M2023_sample.csv")) {
            return in.readAllBytes();
        }
    }

    private WebTestClient.ResponseSpec upload(String query, byte[] body, String token) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60)).build().post()
                .uri("/api/v1/geography/imports" + query).contentType(MediaType.parseMediaType("text/csv"))
                .headers(TestTokens.bearer(token)).bodyValue(body).exchange();
    }

    private static long count(String sql) throws Exception {
        try (var connection = TestPostgres.connect(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsStatesAndMetrosAndRanksThem() throws Exception {
        upload("?fileName=all_data_M2023.csv", sample(), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2023)
                .jsonPath("$.figureRows").isEqualTo(6)
                .jsonPath("$.states").isEqualTo(2)
                .jsonPath("$.metros").isEqualTo(2)
                .jsonPath("$.nonmetros").isEqualTo(1)
                .jsonPath("$.areasAdded").isEqualTo(2)
                .jsonPath("$.rowsRead").isEqualTo(8);
        http.get().uri("/api/v1/geography/states?occupation=15-2051").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dataYear").isEqualTo(2023)
                .jsonPath("$.items[0].code").isEqualTo("CA").jsonPath("$.items[0].annualMeanWage").isEqualTo(156560)
                .jsonPath("$.items[1].code").isEqualTo("TX");
        http.get().uri("/api/v1/geography/states/CA?occupation=15-2051").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.employment").isEqualTo(31210)
                .jsonPath("$.percentiles[4].annual").isEqualTo(239200)
                .jsonPath("$.percentiles[4].annualStatus").isEqualTo("top-coded");
        http.get().uri("/api/v1/geography/areas/3900002").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"3900002","areaType":"nonmetro","name":"Eastern Ohio nonmetropolitan area","state":"OH"}""");
        http.get().uri("/api/v1/geography/metros/10420?occupation=15-2051").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.area.name").isEqualTo("Akron, OH").jsonPath("$.annualMeanWage").isEqualTo(91000);
        http.get().uri("/api/v1/geography/states/TX?occupation=27-2011").exchange()
                .expectBody()
                .jsonPath("$.annualMeanWage").isEmpty()
                .jsonPath("$.annualMeanWageStatus").isEqualTo("not-available")
                .jsonPath("$.percentiles[2].hourly").isEqualTo(20.05);
        // the guide's own figures are untouched
        http.get().uri("/api/v1/geography/states?occupation=machine-learning-engineer").exchange()
                .expectBody().jsonPath("$.totalRanked").isEqualTo(10).jsonPath("$.items[0].annualMeanWage").isEqualTo(158400);
    }

    @Test
    void aFileWithOneBadRowIsRejectedNamingTheRowAndChangesNothing() throws Exception {
        String bad = new String(sample(), StandardCharsets.UTF_8).replace("\"113,480\"", "\"11x,480\"");
        long areas = count("SELECT COUNT(*) FROM area");
        long figures = count("SELECT COUNT(*) FROM area_wage");
        upload("?year=2023", bad.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("rows[5].A_MEAN");
        assertThat(count("SELECT COUNT(*) FROM area")).isEqualTo(areas);
        assertThat(count("SELECT COUNT(*) FROM area_wage")).isEqualTo(figures);
        try (var files = Files.list(uploads.resolve("geography-service"))) {
            assertThat(files.toList()).as("the rejected upload is deleted").isEmpty();
        }
    }

    @Test
    void rejectsNumbersInExponentFormAndAMistypedFlagNamingThemAndChangesNothing() throws Exception {
        // BLS never prints exponents; rounding a cell like 1e-99999999 once kept a CPU busy for minutes
        String hostile = new String(sample(), StandardCharsets.UTF_8).replace("\"113,480\"", "1e-99999999");
        long figures = count("SELECT COUNT(*) FROM area_wage");
        upload("?year=2023", hostile.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"errors":[{"field":"rows[5].A_MEAN","message":"must be a number, '*', '**' or '#', not '1e-99999999'"}]}""");
        upload("?year=2023&includeGroups=abc", sample(), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("includeGroups");
        assertThat(count("SELECT COUNT(*) FROM area_wage")).isEqualTo(figures);
    }

    @Test
    void reimportingAYearReplacesItsFiguresAndKeepsOtherYears() throws Exception {
        upload("?year=2022", sample(), TestTokens.writer()).expectStatus().isOk();
        upload("?year=2023", sample(), TestTokens.writer()).expectStatus().isOk();
        String changed = new String(sample(), StandardCharsets.UTF_8).replace("\"156,560\"", "\"160,000\"");
        upload("?year=2023", changed.getBytes(StandardCharsets.UTF_8), TestTokens.writer()).expectStatus().isOk();
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE data_year = 2022")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE data_year = 2023")).isEqualTo(6);
        assertThat(count("SELECT annual_mean FROM area_wage WHERE data_year = 2023 AND area_code = 'CA'")).isEqualTo(160000);
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE occupation = 'machine-learning-engineer'")).isEqualTo(20);
    }

    @Test
    void streamsALargeGeneratedFile() throws Exception {
        String[] states = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
                "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
                "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
        StringBuilder csv = new StringBuilder("AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,"
                + "H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n");
        long rows = 0;
        for (String state : states) {
            for (int occ = 0; occ < 400; occ++) {
                int base = 30_000 + occ * 200 + state.charAt(0) * 10;
                csv.append("00,").append(state).append(",2,").append(state).append(',')
                        .append(String.format(Locale.ROOT, "%02d-%04d", 41 + occ / 100, 5000 + occ)).append(",Occ,detailed,")
                        .append(100 + occ).append(',').append(String.format(Locale.ROOT, "%.2f", base / 2080.0)).append(',')
                        .append(base);
                for (double f : new double[] {0.6, 0.8, 1.0, 1.3, 1.7}) {
                    csv.append(',').append(String.format(Locale.ROOT, "%.2f", base * f / 2080));
                }
                for (double f : new double[] {0.6, 0.8, 1.0, 1.3, 1.7}) {
                    long a = Math.round(base * f);
                    csv.append(',').append(a > 239_200 ? "#" : Long.toString(a));
                }
                csv.append('\n');
                rows++;
            }
        }
        upload("?year=2021", csv.toString().getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.figureRows").isEqualTo(rows).jsonPath("$.states").isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE data_year = 2021")).isEqualTo(rows);
        http.get().uri("/api/v1/geography/states?occupation=44-5399&limit=100").exchange()
                .expectBody().jsonPath("$.totalRanked").isEqualTo(50);
    }

    @Test
    void refusesImportsWithoutAWriteTokenOrYear() throws Exception {
        upload("?year=2023", sample(), null).expectStatus().isUnauthorized();
        upload("", sample(), TestTokens.writer())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        upload("?year=2023", "OCC_CODE\n15-2051\n".getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("columns.AREA");
    }

    private static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,JOBS_1000,"
            + "LOC_QUOTIENT,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n";

    private static String row(String area, String title, int type, String state, String soc, String jobs, String quotient,
                              int mean) {
        return String.join(",", area, "\"" + title + "\"", Integer.toString(type), state, soc, "Occ", "detailed", "100",
                jobs, quotient, "50.00", Integer.toString(mean), "20.00", "30.00", "40.00", "60.00", "80.00",
                "41600", "62400", "83200", "124800", "166400") + "\n";
    }

    @Test
    void reimportingAMetroFileReplacesThatYearsMetroFiguresAndKeepsItsStateFigures() throws Exception {
        upload("?year=2023", sample(), TestTokens.writer()).expectStatus().isOk();
        String metros = HEADER + row("10420", "Akron, OH", 4, "OH", "15-2051", "1.000", "0.50", 95000);
        upload("?year=2023", metros.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.metros").isEqualTo(1).jsonPath("$.states").isEqualTo(0);
        assertThat(count("SELECT COUNT(*) FROM area_wage w JOIN area a ON a.code = w.area_code"
                + " WHERE w.data_year = 2023 AND a.area_type = 'state'")).isEqualTo(3);
        // the file has no nonmetropolitan rows, so that kind's figures stay too
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE data_year = 2023 AND area_code = '3900002'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM area_wage WHERE data_year = 2023 AND area_code = '41940'")).isZero();
        assertThat(count("SELECT annual_mean FROM area_wage WHERE data_year = 2023 AND area_code = '10420'")).isEqualTo(95000);
    }

    @Test
    void rejectsBadConcentrationFiguresAreaCodesAndContradictoryAreasNamingRowAndColumnAndChangesNothing()
            throws Exception {
        String bad = HEADER
                + row("1042", "Akron, OH", 4, "OH", "15-2051", "1.000", "0.50", 95000)
                + row("39002", "Eastern Ohio nonmetropolitan area", 6, "OH", "15-2051", "1.000", "0.50", 95000)
                + row("10420", "Akron, OH", 4, "OH", "15-2051", "#", "x", 95000)
                + row("1234567", "Test Metro, OH", 4, "OH", "15-2051", "1.000", "0.50", 95000)
                + row("1234567", "Test Metro, OH", 6, "OH", "15-1252", "1.000", "0.50", 95000)
                + row("10500", "Akron, OH", 4, "GA", "15-2051", "1.000", "0.50", 95000)
                + row("10740", "Albuquerque, NM", 4, "New Mexico", "15-2051", "1.000", "1500", 95000);
        long figures = count("SELECT COUNT(*) FROM area_wage");
        long areas = count("SELECT COUNT(*) FROM area");
        upload("?year=2023", bad.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"errors":[
                         {"field":"rows[2].AREA","message":"must be a CBSA code of 5 digits (7 for older New England areas), not '1042'"},
                         {"field":"rows[3].AREA","message":"must be a nonmetropolitan area code of 7 digits, not '39002'"},
                         {"field":"rows[4].JOBS_1000","message":"must be a number up to 1000, '*', '**' or '~', not '#'"},
                         {"field":"rows[4].LOC_QUOTIENT","message":"must be a number up to 1000, '*', '**' or '~', not 'x'"},
                         {"field":"rows[6].AREA_TYPE","message":"1234567 is a metro area on row 5"},
                         {"field":"rows[7].AREA_TITLE","message":"'Akron, OH' is also the name of area 10420 (row 4)"},
                         {"field":"rows[8].PRIM_STATE","message":"must be a two-letter state code, not 'New Mexico'"},
                         {"field":"rows[8].LOC_QUOTIENT","message":"must be a number up to 1000, '*', '**' or '~', not '1500'"}]}""")
                .jsonPath("$.errors.length()").isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM area_wage")).isEqualTo(figures);
        assertThat(count("SELECT COUNT(*) FROM area")).isEqualTo(areas);
    }

    @Test
    void givesANameBlsMovedToANewCodeToThatCodeAndKeepsTheOldAreaUnderItsCode() throws Exception {
        String recoded = HEADER + row("38310", "Pittsburgh, PA", 4, "PA", "15-2051", "1.000", "0.50", 95000);
        upload("?year=2023", recoded.getBytes(StandardCharsets.UTF_8), TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.areasAdded").isEqualTo(1).jsonPath("$.areasRenamed").isEqualTo(1);
        http.get().uri("/api/v1/geography/areas/{name}", "Pittsburgh, PA").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"38310","areaType":"metro","name":"Pittsburgh, PA","state":"PA"}""");
        http.get().uri("/api/v1/geography/metros/38300?occupation=machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.area.name").isEqualTo("Pittsburgh, PA (38300)")
                .jsonPath("$.annualMeanWage").isEqualTo(132200);
    }
}
