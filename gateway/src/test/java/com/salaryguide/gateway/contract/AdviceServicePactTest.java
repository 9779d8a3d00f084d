package com.salaryguide.gateway.contract;

import static com.salaryguide.gateway.contract.BlsFigures.SOC_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.advice.AdviceGuide.Benchmark;
import com.salaryguide.gateway.advice.AdviceGuide.Benefit;
import com.salaryguide.gateway.advice.AdviceGuide.CareerRole;
import com.salaryguide.gateway.advice.AdviceGuide.Classification;
import com.salaryguide.gateway.advice.AdviceGuide.ExperienceLevel;
import com.salaryguide.gateway.advice.AdviceGuide.Faq;
import com.salaryguide.gateway.advice.AdviceGuide.Figure;
import com.salaryguide.gateway.advice.AdviceGuide.Highlight;
import com.salaryguide.gateway.advice.AdviceGuide.NegotiationStep;
import com.salaryguide.gateway.advice.AdviceGuide.SalaryGrowth;
import com.salaryguide.gateway.advice.AdviceGuide.Source;
import com.salaryguide.gateway.advice.AdviceGuide.Specialization;
import com.salaryguide.gateway.advice.AdviceGuide.Text;
import com.salaryguide.gateway.advice.AdviceReads;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.Range;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the gateway reads from advice-service ({@link AdviceReads}): the guide list, a whole guide (its sections go
 * into the gateway's guide, its classifications and experience levels into offer evaluations), the guides citing an
 * occupation, and 404 for an unknown guide. Each body names only the fields the gateway's records read. Where the
 * items of a section differ in which ranges they give (a level with a PhD salary, one with total compensation
 * instead), the section is described by those kinds of item (array-contains), since a range is an object or null and
 * one template cannot say both. advice-service's build verifies these against its seed guide (contracts/pacts).
 */
@ContractTest
@PactTestFor(providerName = "advice-service")
class AdviceServicePactTest {

    private static final String GUIDE_EXISTS = "the machine-learning-engineer guide exists";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String UNIT = "usd-per-year|usd|usd-per-event|percent";

    @Autowired
    ApplicationContext context;

    private AdviceReads reads(MockServer server) {
        return new MockServerReads(context, server).advice();
    }

    /** Citation ids, [] allowed; the example is served as given (at most one id). */
    private static void citations(LambdaDslObject o, List<Integer> example) {
        o.eachLike("sources", PactDslJsonRootValue.integerType(example.isEmpty() ? 1 : example.get(0)),
                example.size());
    }

    private static void wholeOrNull(LambdaDslObject o, String name, Long example) {
        o.or(name, example, PM.integerType(), PM.nullValue());
    }

    /** A range ({@link Range}): min always, max and maxAtLeast numbers or null. */
    private static void range(LambdaDslObject o, String name, Range example) {
        o.object(name, r -> {
            r.integerType("min", example.min().intValue());
            wholeOrNull(r, "max", example.max());
            wholeOrNull(r, "maxAtLeast", example.maxAtLeast());
        });
    }

    private static void rangeOrNull(LambdaDslObject o, String name, Range example) {
        if (example == null) {
            o.nullValue(name);
        } else {
            range(o, name, example);
        }
    }

    private static void benchmarkOrNull(LambdaDslObject o, Benchmark example) {
        if (example == null) {
            o.nullValue("benchmark");
            return;
        }
        o.object("benchmark", b -> {
            b.or("socCode", example.socCode(), PM.stringMatcher(SOC_CODE), PM.nullValue());
            range(b, "percentiles", example.percentiles());
        });
    }

    private static void figures(LambdaDslObject o, Figure example) {
        o.eachLike("figures", f -> {
            f.stringType("label", example.label());
            f.stringMatcher("unit", UNIT, example.unit());
            f.integerType("min", example.min().intValue());
            wholeOrNull(f, "max", example.max());
            wholeOrNull(f, "maxAtLeast", example.maxAtLeast());
            citations(f, example.sources());
        });
    }

    private static void summary(LambdaDslObject s) {
        s.stringMatcher("slug", SLUG, "machine-learning-engineer");
        s.stringType("title", "Machine Learning Engineer Salary Guide");
        s.integerType("year", 2026);
    }

    private static final AdviceGuide.Summary SUMMARY = new AdviceGuide.Summary("machine-learning-engineer",
            "Machine Learning Engineer Salary Guide", 2026);

    @Pact(consumer = "gateway")
    V4Pact guideList(PactDslWithProvider builder) {
        return builder.given(GUIDE_EXISTS)
                .uponReceiving("a read of the guide list")
                .path("/api/v1/advice/guides").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonArrayMinLike(1, a -> a.object(AdviceServicePactTest::summary)).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "guideList")
    void readsTheGuideList(MockServer server) {
        assertThat(reads(server).guides(MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(List.of(SUMMARY)));
    }

    @Pact(consumer = "gateway")
    V4Pact citationsOfAnOccupation(PactDslWithProvider builder) {
        return builder.given("the machine-learning-engineer guide cites 15-1252")
                .uponReceiving("a read of the guides citing 15-1252")
                .path("/api/v1/advice/citations").method("GET")
                .query("socCode=15-1252")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonArrayMinLike(1, a -> a.object(c -> {
                    c.stringMatcher("socCode", SOC_CODE, "15-1252");
                    c.stringMatcher("role", "baseline|upper-bound", "upper-bound");
                    c.object("guide", AdviceServicePactTest::summary);
                })).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "citationsOfAnOccupation")
    void readsTheGuidesCitingAnOccupationWithTheRoleEachGivesIt(MockServer server) {
        assertThat(reads(server).citations("15-1252", MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(List.of(new AdviceGuide.Citation("15-1252", "upper-bound", SUMMARY))));
    }

    @Pact(consumer = "gateway")
    V4Pact unknownGuide(PactDslWithProvider builder) {
        return builder.given("there is no guide named no-such-guide")
                .uponReceiving("a read of unknown guide no-such-guide")
                .path("/api/v1/advice/guides/no-such-guide").method("GET")
                .willRespondWith().status(404)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownGuide")
    void takesA404ForAnUnknownGuideAsNotFound(MockServer server) {
        assertThat(reads(server).guide("no-such-guide", MockServerReads.deadline()).block())
                .isEqualTo(Fetched.notFound());
    }

    // The whole guide: the examples below are what the mock server serves, and the record the gateway must read.

    private static final Range ENTRY_BASE = new Range(110000L, 140000L, null);
    private static final Range ENTRY_PHD = new Range(130000L, 160000L, null);
    private static final Benchmark MEDIAN_TO_75TH = new Benchmark("15-1252", new Range(50L, 75L, null));
    private static final Range PRINCIPAL_BASE = new Range(210000L, 270000L, null);
    private static final Range PRINCIPAL_TOTAL = new Range(300000L, null, 450000L);
    private static final Figure OFFER_FIGURE = new Figure("Typical first counter", "percent", 5L, 10L, null,
            List.of(3));

    private static final AdviceGuide GUIDE = new AdviceGuide("machine-learning-engineer",
            "Machine Learning Engineer Salary Guide", 2026,
            new Text("Pay for this role follows two BLS classifications.", List.of(1)),
            List.of(new Classification("15-2051", "baseline", "Closest match for modelling work.", List.of(1))),
            List.of(new Text("Experience moves pay more than location.", List.of(2))),
            List.of(new ExperienceLevel("entry", "Entry level", 0, 2, ENTRY_BASE, ENTRY_PHD, null, MEDIAN_TO_75TH,
                            "New graduates start near the median.", List.of(2)),
                    new ExperienceLevel("principal", "Principal", 10, null, PRINCIPAL_BASE, null, PRINCIPAL_TOTAL,
                            null, "Equity makes up much of the pay.", List.of())),
            List.of(new Specialization("Computer vision", "Image and video models.", null, new Range(10L, 15L, null),
                            null, List.of(4)),
                    new Specialization("Research", "Publishing teams.", new Range(150000L, 200000L, null), null,
                            new Benchmark(null, new Range(75L, 90L, null)), List.of())),
            List.of(new Benefit("Signing bonus", "Paid once at hiring.", new Range(10000L, 50000L, null), "usd",
                            new Range(5L, 20L, null), 150000L, List.of(5)),
                    new Benefit("Remote work", "Often offered.", null, null, null, null, List.of())),
            List.of(new NegotiationStep(1, "Know the range", "Read the percentiles first.", List.of(OFFER_FIGURE),
                    List.of(3))),
            List.of(new CareerRole("Staff engineer", "management", new Range(200000L, 260000L, null),
                            "Leads several teams.", List.of(2)),
                    new CareerRole("Research scientist", "research", null, "Sets research direction.", List.of())),
            List.of(new SalaryGrowth("entry", "senior", new Range(3L, 5L, null), new Range(40L, 60L, null),
                    List.of(2))),
            List.of(new Highlight("topStates", "California pays the most.", List.of(OFFER_FIGURE), List.of(6))),
            List.of(new Faq("Does a PhD pay?", "At entry level, yes.", List.of(2))),
            List.of(new Source(1, "BLS OEWS May 2024", "https://www.bls.gov/oes/"),
                    new Source(6, "Industry survey", null)),
            Map.of("topStates", List.of(6), "topMetros", List.of(6)));

    private static void experienceLevel(LambdaDslObject e, ExperienceLevel x) {
        e.stringMatcher("level", SLUG, x.level());
        e.stringType("title", x.title());
        e.integerType("minYears", x.minYears());
        e.or("maxYears", x.maxYears(), PM.integerType(), PM.nullValue());
        range(e, "baseSalary", x.baseSalary());
        rangeOrNull(e, "phdBaseSalary", x.phdBaseSalary());
        rangeOrNull(e, "totalCompensation", x.totalCompensation());
        benchmarkOrNull(e, x.benchmark());
        e.stringType("summary", x.summary());
        citations(e, x.sources());
    }

    private static void specialization(LambdaDslObject s, Specialization x) {
        s.stringType("name", x.name());
        s.stringType("summary", x.summary());
        rangeOrNull(s, "baseSalary", x.baseSalary());
        rangeOrNull(s, "premiumPercent", x.premiumPercent());
        benchmarkOrNull(s, x.benchmark());
        citations(s, x.sources());
    }

    private static void benefit(LambdaDslObject b, Benefit x) {
        b.stringType("name", x.name());
        b.stringType("summary", x.summary());
        rangeOrNull(b, "amount", x.amount());
        b.or("unit", x.unit(), PM.stringMatcher(UNIT), PM.nullValue());
        rangeOrNull(b, "percentOfBase", x.percentOfBase());
        wholeOrNull(b, "exampleBase", x.exampleBase());
        citations(b, x.sources());
    }

    private static void careerRole(LambdaDslObject c, CareerRole x) {
        c.stringType("title", x.title());
        c.stringMatcher("track", "management|research", x.track());
        rangeOrNull(c, "baseSalary", x.baseSalary());
        c.stringType("summary", x.summary());
        citations(c, x.sources());
    }

    @Pact(consumer = "gateway")
    V4Pact wholeGuide(PactDslWithProvider builder) {
        AdviceGuide g = GUIDE;
        return builder.given(GUIDE_EXISTS)
                .uponReceiving("a read of the machine-learning-engineer guide")
                .path("/api/v1/advice/guides/machine-learning-engineer").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringMatcher("slug", SLUG, g.slug());
                    o.stringType("title", g.title());
                    o.integerType("year", g.year());
                    o.object("intro", i -> {
                        i.stringType("text", g.intro().text());
                        citations(i, g.intro().sources());
                    });
                    o.minArrayLike("classifications", 1, c -> {
                        Classification x = g.classifications().get(0);
                        c.stringMatcher("socCode", SOC_CODE, x.socCode());
                        c.stringMatcher("role", "baseline|upper-bound", x.role());
                        c.stringType("rationale", x.rationale());
                        citations(c, x.sources());
                    });
                    o.minArrayLike("keyTakeaways", 1, t -> {
                        t.stringType("text", g.keyTakeaways().get(0).text());
                        citations(t, g.keyTakeaways().get(0).sources());
                    });
                    o.arrayContaining("experienceLevels", a -> g.experienceLevels()
                            .forEach(x -> a.object(e -> experienceLevel(e, x))));
                    o.arrayContaining("specializations", a -> g.specializations()
                            .forEach(x -> a.object(s -> specialization(s, x))));
                    o.arrayContaining("benefits", a -> g.benefits().forEach(x -> a.object(b -> benefit(b, x))));
                    o.minArrayLike("negotiationSteps", 1, n -> {
                        NegotiationStep x = g.negotiationSteps().get(0);
                        n.integerType("step", x.step());
                        n.stringType("title", x.title());
                        n.stringType("detail", x.detail());
                        figures(n, OFFER_FIGURE);
                        citations(n, x.sources());
                    });
                    o.arrayContaining("careerProgression", a -> g.careerProgression()
                            .forEach(x -> a.object(c -> careerRole(c, x))));
                    o.minArrayLike("salaryGrowth", 1, s -> {
                        SalaryGrowth x = g.salaryGrowth().get(0);
                        s.stringType("fromLevel", x.fromLevel());
                        s.stringType("toLevel", x.toLevel());
                        range(s, "years", x.years());
                        range(s, "increasePercent", x.increasePercent());
                        citations(s, x.sources());
                    });
                    o.minArrayLike("highlights", 1, h -> {
                        Highlight x = g.highlights().get(0);
                        h.stringType("section", x.section());
                        h.stringType("text", x.text());
                        figures(h, OFFER_FIGURE);
                        citations(h, x.sources());
                    });
                    o.minArrayLike("faq", 1, f -> {
                        Faq x = g.faq().get(0);
                        f.stringType("question", x.question());
                        f.stringType("answer", x.answer());
                        citations(f, x.sources());
                    });
                    o.arrayContaining("sources", a -> g.sources().forEach(x -> a.object(s -> {
                        s.integerType("id", x.id());
                        s.stringType("label", x.label());
                        s.or("url", x.url(), PM.stringMatcher("https?://\\S+"), PM.nullValue());
                    })));
                    // the gateway takes the citations of its topStates and topMetros sections from here
                    o.object("sectionSources", s -> {
                        s.eachLike("topStates", PactDslJsonRootValue.integerType(6), 1);
                        s.eachLike("topMetros", PactDslJsonRootValue.integerType(6), 1);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "wholeGuide")
    void readsEverySectionOfAGuideWithTheRangesItGivesAndNullsForThoseItDoesNot(MockServer server) {
        Fetched<AdviceGuide> read = reads(server).guide("machine-learning-engineer", MockServerReads.deadline())
                .block();

        assertThat(read).isEqualTo(Fetched.found(GUIDE));
        assertThat(read.value().experienceLevels().get(1).covers(25)).isTrue();
    }
}
