package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsWages;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import org.junit.jupiter.api.Test;

class NationalDatasetTest {

    private static final OewsWages.TopCodes TOP = new OewsWages.TopCodes(new BigDecimal("239200"),
            new BigDecimal("115.00"));

    static NationalDataset read(InputStream in, boolean includeGroups) {
        NationalDataset dataset = new NationalDataset(TOP, includeGroups);
        OewsTable.read(in, OewsTable.Format.CSV, dataset::header, dataset::row);
        return dataset;
    }

    private static NationalDataset sample() {
        return read(NationalDatasetTest.class.getResourceAsStream("/oews/national_M2023_sample.csv"), false);
    }

    private static NationalDataset.Occupation occupation(NationalDataset d, String soc) {
        return d.occupations().stream().filter(o -> o.socCode().equals(soc)).findFirst().orElseThrow();
    }

    @Test
    void keepsDetailedOccupationsAndCountsWhatItSkips() {
        NationalDataset d = sample();
        assertThat(d.problems()).isEmpty();
        assertThat(d.occupations()).extracting(NationalDataset.Occupation::socCode)
                .containsExactly("11-1011", "15-1252", "15-2051", "25-2021", "27-2011", "53-3011");
        assertThat(d.rowsRead()).isEqualTo(8);
        assertThat(d.skipped()).containsEntry("occupation group 'total' (only detailed occupations are imported by default)", 1L)
                .containsEntry("occupation group 'major' (only detailed occupations are imported by default)", 1L);
    }

    @Test
    void keepsBroaderGroupsWhenAsked() {
        assertThat(read(NationalDatasetTest.class.getResourceAsStream("/oews/national_M2023_sample.csv"), true)
                .occupations()).hasSize(8);
    }

    @Test
    void readsThousandsSeparatorsAndMedianColumns() {
        NationalDataset.Occupation dev = occupation(sample(), "15-1252");
        assertThat(dev.employment()).isEqualTo(1_656_880);
        assertThat(dev.annualMean().amount()).isEqualByComparingTo("138110");
        assertThat(dev.percentiles().get(2).annual().amount()).isEqualByComparingTo("132270");
        assertThat(dev.percentiles().get(2).hourly().amount()).isEqualByComparingTo("63.59");
        assertThat(dev.percentiles().get(4).hourly().amount().scale()).isEqualTo(2);
    }

    @Test
    void storesHashAsTopCodedNeverAsAnExactWage() {
        NationalDataset.Occupation ceo = occupation(sample(), "11-1011");
        OewsWages.Percentile p75 = ceo.percentiles().get(3);
        assertThat(p75.annual()).isEqualTo(new OewsValue(new BigDecimal("239200"), true));
        assertThat(p75.hourly()).isEqualTo(new OewsValue(new BigDecimal("115.00"), true));
        assertThat(ceo.percentiles().get(2).annual().topCoded()).isFalse();
    }

    @Test
    void turnsStarsIntoMissingFigures() {
        NationalDataset.Occupation drivers = occupation(sample(), "53-3011");
        assertThat(drivers.percentiles().get(0).annual().present()).isFalse();
        assertThat(drivers.percentiles().get(0).hourly().present()).isFalse();
        assertThat(occupation(sample(), "27-2011").employment()).isNull();
    }

    @Test
    void annualOnlyAndHourlyOnlyOccupationsPublishOnlyThatKind() {
        NationalDataset.Occupation teachers = occupation(sample(), "25-2021");
        assertThat(teachers.hourlyMean().present()).isFalse();
        assertThat(teachers.percentiles().get(4).annual().amount()).isEqualByComparingTo("101310");
        NationalDataset.Occupation actors = occupation(sample(), "27-2011");
        assertThat(actors.annualMean().present()).isFalse();
        assertThat(actors.percentiles().get(2).hourly().amount()).isEqualByComparingTo("23.33");
    }

    @Test
    void namesEveryBadRowAndColumn() {
        String csv = """
                OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90
                15-2051,Data Scientists,detailed,100,50.00,"104,000",1,2,3,4,5,1,2,"12x4",4,5
                15-205,Bad Code,detailed,100,50.00,1,1,2,3,4,5,1,2,3,4,5
                15-1252,Software Developers,detailed,-4,50.00,1,1,2,3,4,5,1,2,3,4,99999999999
                15-2051,Data Scientists,detailed,100,50.00,1,1,2,3,4,5,1,2,3,4,5
                """;
        List<FieldProblem> problems = read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false).problems();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("rows[2].A_MEDIAN", "rows[3].OCC_CODE",
                "rows[4].TOT_EMP", "rows[4].A_PCT90", "rows[5].OCC_CODE");
    }

    @Test
    void namesMissingColumnsOnceAndNotEveryRow() {
        String csv = "OCC_CODE,OCC_TITLE,A_MEAN\n15-2051,Data Scientists,1\n15-1252,Software Developers,2\n";
        List<FieldProblem> problems = read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false).problems();
        assertThat(problems).extracting(FieldProblem::field).allMatch(f -> f.startsWith("columns."))
                .contains("columns.H_MEAN", "columns.A_MEDIAN");
    }

    @Test
    void reportsTheFirstFiftyProblemsAndHowManyMore() {
        StringBuilder csv = new StringBuilder("OCC_CODE,OCC_TITLE,O_GROUP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,"
                + "H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n");
        for (int i = 0; i < 60; i++) {
            csv.append("bad-").append(i).append(",T,detailed,1,1,1,1,1,1,1,1,1,1,1,1\n");
        }
        List<FieldProblem> problems = read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                false).problems();
        assertThat(problems).hasSize(51);
        assertThat(problems.get(50)).isEqualTo(new FieldProblem("file", "10 more problems not listed"));
    }
}
