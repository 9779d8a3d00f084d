package com.salaryguide.gateway.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.salaryguide.gateway.support.StubbedServices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' paths, the HTML each serves, their Content-Security-Policy and the ECharts WebJar. What the pages
 * draw is tested in a real browser (system-tests, PagesInBrowserTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class PageRoutesTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
    }

    @Autowired
    WebTestClient http;

    @Test
    void servesEachPageAsHtmlWithAStrictContentSecurityPolicy() {
        page("/", "/pages/js/home.js");
        page("/guides/machine-learning-engineer", "/pages/js/guide.js");
        page("/guides/occupations/15-2051", "/pages/js/occupation.js");
    }

    private void page(String path, String script) {
        http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; script-src 'self';"
                        + " style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none';"
                        + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<script type=\"module\" src=\"" + script + "\"></script>"));
    }

    @Test
    void answersHeadForEachPage() {
        http.head().uri("/guides/machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8");
    }

    @Test
    void answersAPathWhoseSlugOrSocCodeCannotExistWithNotFound() {
        for (String path : new String[] {"/guides/Machine_Learning", "/guides/occupations/152051",
                "/guides/occupations/15-2051/extra"}) {
            http.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(404);
        }
    }

    @Test
    void servesTheChartLibraryFromItsWebJarAtAPathWithoutItsVersion() {
        http.get().uri("/webjars/echarts/dist/echarts.esm.min.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/javascript")
                // the whole minified library (about 1 MB), not an error page
                .expectHeader().value("Content-Length", length -> assertThat(Long.parseLong(length))
                        .isGreaterThan(900_000));
    }

    @Test
    void servesThePagesFilesForRevalidationAndAnswersNotModifiedWhileUnchanged() {
        for (String asset : new String[] {"/pages/js/guide.js", "/pages/js/charts.js", "/pages/css/pages.css",
                "/webjars/echarts/dist/echarts.esm.min.js"}) {
            String lastModified = http.get().uri(asset).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("Cache-Control", "no-cache")
                    .returnResult(Void.class).getResponseHeaders().getFirst("Last-Modified");
            assertThat(lastModified).as(asset).isNotNull();
            http.get().uri(asset).header("If-Modified-Since", lastModified).exchange()
                    .expectStatus().isNotModified();
        }
    }

    @Test
    void leavesTheApiAnswersWithoutThePagesPolicy() {
        http.get().uri("/api/v1/guides").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy");
    }

    /** The policy allows no inline script or style, so the pages must carry none (the browser would drop them). */
    @Test
    void keepsEveryScriptAndStyleOfThePagesInFiles() throws IOException {
        for (String page : new String[] {"index.html", "guide.html", "occupation.html"}) {
            String html = new ClassPathResource("static/pages/" + page).getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContain("<style").doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        }
    }
}
