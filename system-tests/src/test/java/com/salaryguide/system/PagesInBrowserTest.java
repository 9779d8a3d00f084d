package com.salaryguide.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a person meets them, in Debian's chromium (headless) against the running system: each page loads,
 * its charts carry the seed's figures, the offer form answers, a killed service leaves a visible notice. Screenshots
 * of every page at a phone's and a desktop's size go to system-tests/target/screenshots/. Skipped, with the reason,
 * where chromium and chromium-driver are not installed.
 */
@EnabledIf(value = "com.salaryguide.system.Browser#installed",
        disabledReason = "Debian's chromium and chromium-driver are not installed (apt-get install chromium"
                + " chromium-driver); the pages are not tested in a browser")
@ExtendWith(SharedSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInBrowserTest {

    private static final Path SCREENSHOTS = RunningSystem.repositoryRoot().resolve("system-tests/target/screenshots");
    private static final int[] PHONE = {390, 844};
    private static final int[] DESKTOP = {1366, 900};
    private static final String GUIDE = "/guides/machine-learning-engineer";

    /** The ECharts option of each chart inside an element, as JSON (functions left out). */
    private static final String CHART_OPTIONS = """
            const selector = arguments[0];
            const done = arguments[arguments.length - 1];
            import('/webjars/echarts/dist/echarts.esm.min.js').then((echarts) => done(
              [...document.querySelectorAll(selector + ' .chart')].map((box) => JSON.stringify(
                echarts.getInstanceByDom(box).getOption(), (key, value) => (typeof value === 'function' ? undefined : value)))))
              .catch((error) => done(['failed: ' + error]));
            """;

    /** Hovers one bar of the first chart inside an element: ECharts draws its tooltip. */
    private static final String SHOW_TOOLTIP = """
            const selector = arguments[0];
            const bar = arguments[1];
            const done = arguments[arguments.length - 1];
            import('/webjars/echarts/dist/echarts.esm.min.js').then((echarts) => {
              echarts.getInstanceByDom(document.querySelector(selector + ' .chart'))
                .dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: bar });
              done('shown');
            }).catch((error) => done('failed: ' + error));
            """;

    private static RunningSystem system;
    private static Browser browser;

    @BeforeAll
    static void open(RunningSystem running) throws Exception {
        system = running;
        awaitWholeGuide();
        browser = new Browser();
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void homePageListsTheGuidesAndFindsAnOccupationByTitleOrSocCode() throws Exception {
        browser.viewport(DESKTOP[0], DESKTOP[1]).open(url("/"));
        assertThat(browser.state()).isEqualTo("ready");
        WebElement guide = browser.find("#guide-list a");
        assertThat(guide.getText()).isEqualTo("Machine Learning Engineer Salary Guide");
        assertThat(guide.getDomAttribute("href")).isEqualTo(GUIDE);

        search("scient");
        assertThat(browser.text("#search-results")).contains("1 occupation").contains("15-2051 Data Scientists")
                .doesNotContain("null");
        assertThat(browser.find("#search-results a").getDomAttribute("href")).isEqualTo("/guides/occupations/15-2051");
        search("15-1252");
        assertThat(browser.text("#search-results")).contains("15-1252 Software Developers");
        browser.screenshot(SCREENSHOTS.resolve("home-desktop.png"));

        browser.viewport(PHONE[0], PHONE[1]).open(url("/?q=15-2051"));
        browser.await("the search from the address", () -> browser.text("#search-results").contains("Data Scientists"));
        assertFitsTheScreen(PHONE[0]);
        browser.screenshot(SCREENSHOTS.resolve("home-phone.png"));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    @Order(2)
    void guidePageDrawsEachChartWithTheSeedFiguresAndKeepsTheirCitations() throws Exception {
        browser.viewport(DESKTOP[0], DESKTOP[1]).open(url(GUIDE));
        assertThat(browser.state()).isEqualTo("ready");
        assertThat(browser.text("h1")).isEqualTo("Machine Learning Engineer Salary Guide");

        // the percentile distribution of each classification: annual bars labelled, hourly in each bar's data
        List<String> classifications = charts("#classifications");
        assertThat(classifications).hasSize(2);
        String dataScientists = classifications.get(0);
        assertThat(JsonPath.<List<String>>read(dataScientists, "$.yAxis[0].data"))
                .containsExactly("10th", "25th", "Median", "75th", "90th");
        assertThat(JsonPath.<List<Integer>>read(dataScientists, "$.series[0].data[*].value"))
                .containsExactly(63650, 82630, 112590, 155810, 194410);
        assertThat(JsonPath.<String>read(dataScientists, "$.series[0].data[2].label.formatter")).isEqualTo("$112,590");
        assertThat(JsonPath.<Double>read(dataScientists, "$.series[0].data[2].hourly")).isEqualTo(54.13);
        assertThat(JsonPath.<String>read(classifications.get(1), "$.series[0].data[4].label.formatter"))
                .isEqualTo("$211,450");

        // top states and metros as ranked bars, each labelled with its figure
        String states = charts("#topStates").get(0);
        assertThat(JsonPath.<String>read(states, "$.yAxis[0].data[0]")).isEqualTo("1. California");
        assertThat(JsonPath.<Integer>read(states, "$.series[0].data[0].value")).isEqualTo(158400);
        assertThat(JsonPath.<String>read(states, "$.series[0].data[0].label.formatter")).isEqualTo("$158,400");
        String metros = charts("#topMetros").get(0);
        assertThat(JsonPath.<String>read(metros, "$.yAxis[0].data[0]")).isEqualTo("1. San Jose-Sunnyvale-Santa Clara, CA");
        assertThat(JsonPath.<String>read(metros, "$.series[0].data[0].label.formatter")).isEqualTo("$178,200");

        // the experience ladder and career progression as floating bars; an open top drawn open and labelled "+"
        String ladder = charts("#experienceLevels").get(0);
        assertThat(JsonPath.<List<Integer>>read(ladder, "$.series[0].data[*]")).containsExactly(100000, 130000, 170000, 220000);
        assertThat(JsonPath.<List<String>>read(ladder, "$.series[1].data[*].label.formatter"))
                .containsExactly("$100,000\u2013$130,000", "$130,000\u2013$170,000", "$170,000\u2013$220,000",
                        "$220,000\u2013$300,000");
        String career = charts("#careerProgression").get(0);
        List<String> roles = JsonPath.read(career, "$.yAxis[0].data");
        int chief = roles.indexOf("Chief AI Officer (management)");
        assertThat(chief).isNotNegative();
        assertThat(JsonPath.<Integer>read(career, "$.series[2].data[" + chief + "].value")).isPositive();
        assertThat(JsonPath.<String>read(career, "$.series[2].data[" + chief + "].label.formatter"))
                .isEqualTo("$400,000\u2013$800,000+");
        assertThat(JsonPath.<Boolean>read(career, "$.series[2].data[" + chief + "].label.show")).isTrue();

        // citations: markers link into the sources list; a section's own citations stand at its heading
        assertThat(browser.find("#topStates h2 .section-sources a.cite").getDomAttribute("href")).isEqualTo("#source-6");
        assertThat(browser.find("#classifications h2 .section-sources a.cite").getDomAttribute("href"))
                .isEqualTo("#source-1");
        assertThat(browser.find("#classifications [data-soc='15-2051'] h3 a.cite").getDomAttribute("href"))
                .isEqualTo("#source-3");
        assertThat(browser.text("#source-6")).isNotBlank();
        assertThat(browser.findAll("#sources li")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findAll(".notice-unavailable")).isEmpty();
        // the tooltip (annual and hourly) draws within the Content-Security-Policy: no violation is logged below
        assertThat(browser.asyncScript(SHOW_TOOLTIP, "#classifications [data-soc='15-2051']", 2)).isEqualTo("shown");
        browser.screenshot(SCREENSHOTS.resolve("guide-desktop.png"));

        browser.viewport(PHONE[0], PHONE[1]).open(url(GUIDE));
        assertThat(browser.state()).isEqualTo("ready");
        assertThat(JsonPath.<String>read(charts("#classifications").get(0), "$.series[0].data[2].label.formatter"))
                .isEqualTo("$112,590");
        assertFitsTheScreen(PHONE[0]);
        browser.screenshot(SCREENSHOTS.resolve("guide-phone.png"));
        assertThat(browser.errors()).as("console errors, refused loads or policy violations").isEmpty();
    }

    @Test
    @Order(3)
    void offerFormShowsWhereTheOfferLandsOnTheDistribution() throws Exception {
        browser.viewport(DESKTOP[0], DESKTOP[1]).open(url(GUIDE));
        evaluate(Map.of("annualBase", "150,000", "state", "CA", "yearsOfExperience", "4"));
        assertThat(browser.find("#offer-form-result").getDomAttribute("data-state")).isEqualTo("evaluated");
        assertThat(browser.text("#offer-form-result [data-soc='15-2051'] .standing")).isEqualTo("71.6th percentile");
        assertThat(browser.text("#offer-form-result .counter")).isNotBlank();
        assertThat(browser.text("#offer-form-result")).contains("California").contains("$158,400");
        // the marker line on the percentile chart, where 150,000 lands
        String chart = charts("#offer-form-result").get(0);
        assertThat(JsonPath.<Integer>read(chart, "$.series[0].markLine.data[0].xAxis")).isEqualTo(150000);
        assertThat(JsonPath.<String>read(chart, "$.series[0].markLine.label.formatter")).isEqualTo("Offer $150,000");
        assertThat(browser.findAll("#offer-form-result .talking-points li")).isNotEmpty();
        assertThat(browser.find("#offer-form-result .talking-points a.cite").getDomAttribute("href")).startsWith("#source-");
        browser.screenshot(SCREENSHOTS.resolve("guide-offer-desktop.png"));

        browser.viewport(PHONE[0], PHONE[1]).open(url(GUIDE));
        evaluate(Map.of("annualBase", "150000", "state", "CA", "yearsOfExperience", "4"));
        assertThat(browser.text("#offer-form-result [data-soc='15-2051'] .standing")).isEqualTo("71.6th percentile");
        assertFitsTheScreen(PHONE[0]);
        browser.screenshot(SCREENSHOTS.resolve("guide-offer-phone.png"));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    @Order(4)
    void offerFormShowsTheApisProblemFieldByField() throws Exception {
        browser.viewport(DESKTOP[0], DESKTOP[1]).open(url(GUIDE));
        evaluate(Map.of("annualBase", "0", "state", "C"));
        assertThat(browser.find("#offer-form-result").getDomAttribute("data-state")).isEqualTo("problem");
        assertThat(browser.text("#offer-form-result .notice-error"))
                .contains("The offer could not be evaluated")
                .contains("annualBase must be between 1 and 10000000")
                .contains("state must be a two-letter state code like CA");
        assertThat(browser.find("#offer-form-annualBase").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#offer-form-annualBase-error")).isEqualTo("must be between 1 and 10000000");
        assertThat(browser.text("#offer-form-state-error")).isEqualTo("must be a two-letter state code like CA");
        assertThat(browser.find("#offer-form-yearsOfExperience").getDomAttribute("aria-invalid")).isNull();
    }

    @Test
    @Order(5)
    void occupationPageShowsTheDataGuideOfAnyOccupationAndEvaluatesAnOffer() throws Exception {
        browser.viewport(DESKTOP[0], DESKTOP[1]).open(url("/guides/occupations/15-2051"));
        assertThat(browser.state()).isEqualTo("ready");
        assertThat(browser.text("h1")).isEqualTo("Data Scientists");
        String national = charts("#national").get(0);
        assertThat(JsonPath.<List<Integer>>read(national, "$.series[0].data[*].value"))
                .containsExactly(63650, 82630, 112590, 155810, 194410);
        assertThat(JsonPath.<String>read(national, "$.series[0].data[2].label.formatter")).isEqualTo("$112,590");
        assertThat(browser.find(".cited-by a").getDomAttribute("href")).isEqualTo(GUIDE);

        evaluate(Map.of("annualBase", "150000", "area", "US", "bonus", "15000", "equityPerYear", "40000",
                "signingBonus", "20000"));
        assertThat(browser.find("#offer-form-result").getDomAttribute("data-state")).isEqualTo("evaluated");
        assertThat(browser.text("#offer-form-result [data-area='US']")).isEqualTo("71.6th percentile");
        assertThat(browser.text("#offer-form-result")).contains("$210,000 a year");
        String landing = charts("#offer-form-result").get(0);
        assertThat(JsonPath.<Integer>read(landing, "$.series[0].markLine.data[0].xAxis")).isEqualTo(150000);
        assertThat(JsonPath.<String>read(landing, "$.series[0].markLine.label.formatter"))
                .isEqualTo("Offer $150,000 \u00b7 71.6th");
        browser.screenshot(SCREENSHOTS.resolve("occupation-desktop.png"));

        browser.viewport(PHONE[0], PHONE[1]).open(url("/guides/occupations/15-2051?area=CA"));
        assertThat(browser.state()).isEqualTo("ready");
        assertThat(JsonPath.<List<Integer>>read(charts("#national").get(0), "$.series[*].data[2].value")).contains(112590);
        assertFitsTheScreen(PHONE[0]);
        browser.screenshot(SCREENSHOTS.resolve("occupation-phone.png"));
        assertThat(browser.errors()).isEmpty();
    }

    /**
     * Figures BLS publishes only as "at least" the cap, or not at all, and data the guide cites but the services lack:
     * the seed has none, so the guide's real answer is changed on its way into the browser.
     */
    @Test
    @Order(6)
    void guidePageWritesOutTopCodedAndMissingFiguresAndShowsDataGaps() throws Exception {
        String path = "/api/v1/guides/machine-learning-engineer";
        String guide = JsonPath.parse(system.get("gateway", path).body())
                .set("$.classifications[1].percentiles[4].annual", 239200)
                .set("$.classifications[1].percentiles[4].annualStatus", "top-coded")
                .set("$.classifications[1].percentiles[0].annual", null)
                .set("$.classifications[1].percentiles[0].annualStatus", "not-available")
                .set("$.dataGaps", List.of(Map.of("section", "classifications", "item", "15-1252", "detail",
                        "No national wage figures are published for 15-1252 (Software Developers); its percentiles are"
                                + " missing.")))
                .jsonString();
        try (var stub = browser.answer(path, guide)) {
            browser.viewport(PHONE[0], PHONE[1]).open(url(GUIDE));
            assertThat(browser.state()).isEqualTo("ready");
            assertThat(browser.text("#classifications .notice-gap"))
                    .isEqualTo("Data gap: No national wage figures are published for 15-1252 (Software Developers); its"
                            + " percentiles are missing.");
            String developers = charts("#classifications [data-soc='15-1252']").get(0);
            assertThat(JsonPath.<String>read(developers, "$.series[0].data[4].label.formatter")).isEqualTo("$239,200+");
            assertThat(JsonPath.<String>read(developers, "$.series[0].data[0].label.formatter")).isEqualTo("not available");
            String table = browser.textContent("#classifications [data-soc='15-1252'] .percentiles");
            assertThat(table).contains("Status").contains("$239,200+").contains("top-coded")
                    .contains("top-coded: BLS publishes only \"at least\" this amount")
                    .contains("not available: BLS publishes no figure");
            assertFitsTheScreen(PHONE[0]);
            browser.screenshot(SCREENSHOTS.resolve("guide-statuses-phone.png"));
        }
    }

    @Test
    @Order(7)
    void guidePageShowsAnUnavailableNoticeWhereAKilledServicesSectionsWere() throws Exception {
        try {
            system.kill("advice-service");
            Thread.sleep(Duration.ofSeconds(11).toMillis()); // past the gateway's 10 s cache TTL
            browser.viewport(PHONE[0], PHONE[1]).open(url(GUIDE));
            assertThat(browser.state()).isEqualTo("ready");
            for (String section : List.of("keyTakeaways", "classifications", "experienceLevels", "specializations",
                    "benefits", "negotiationSteps", "careerProgression", "salaryGrowth", "faq", "sources")) {
                WebElement notice = browser.find("#" + section + " .notice-unavailable");
                assertThat(notice.isDisplayed()).as(section).isTrue();
                assertThat(notice.getText()).as(section).startsWith("Unavailable:");
            }
            // geography-service still answers: its sections are drawn as before
            assertThat(browser.findAll("#topStates .notice-unavailable")).isEmpty();
            assertThat(JsonPath.<Integer>read(charts("#topStates").get(0), "$.series[0].data[0].value")).isEqualTo(158400);
            browser.screenshot(SCREENSHOTS.resolve("guide-unavailable-phone.png"));
        } finally {
            system.restart("advice-service");
            awaitWholeGuide();
        }
    }

    private static String url(String path) {
        return system.url("gateway") + path;
    }

    private static List<String> charts(String selector) {
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) browser.asyncScript(CHART_OPTIONS, selector);
        assertThat(options).as("charts in " + selector).isNotEmpty().noneMatch(o -> o.startsWith("failed"));
        return options;
    }

    private static void search(String query) {
        WebElement input = browser.find("#search-q");
        input.clear();
        input.sendKeys(query);
        browser.find("#search-form button").click();
        browser.await("results for " + query, () -> browser.find("#search-results").getDomAttribute("aria-busy") == null
                && browser.text("#search-results").contains(query.startsWith("15-") ? query : "occupation"));
    }

    private static void evaluate(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            WebElement input = browser.find("#offer-form-" + field.getKey());
            input.clear();
            input.sendKeys(field.getValue());
        }
        browser.find("#offer-form button[type=submit]").click();
        browser.await("the offer's answer", () -> browser.find("#offer-form-result").getDomAttribute("data-state") != null);
    }

    /**
     * Nothing wider than the screen: the page does not scroll sideways, and the percentile tables fit their box
     * (a wider table, such as the most concentrated areas, may scroll inside its own).
     */
    private static void assertFitsTheScreen(int width) {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(width);
        assertThat(browser.script("return [...document.querySelectorAll('.percentiles .table-wrap')]"
                + ".filter((box) => box.scrollWidth > box.clientWidth).length")).isEqualTo(0L);
    }

    /** After a restart the gateway's breaker may still be open for a few seconds: wait for a whole guide. */
    private static void awaitWholeGuide() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            String body = system.get("gateway", "/api/v1/guides/machine-learning-engineer").body();
            if (body.contains("\"unavailableSections\":[]") || Instant.now().isAfter(deadline)) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
