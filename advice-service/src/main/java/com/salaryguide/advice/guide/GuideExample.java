package com.salaryguide.advice.guide;

/** The example guide of the OpenAPI document: the seed guide, cut to an entry or two per section. */
final class GuideExample {

    static final String JSON = """
            {"slug": "machine-learning-engineer", "title": "Machine Learning Engineer Salary Guide", "year": 2026,
             "version": 0,
             "intro": {"text": "BLS has no occupation code for machine learning engineers, so this guide reads their pay through two neighbouring classifications.", "sources": [1, 9]},
             "classifications": [{"socCode": "15-2051", "role": "baseline", "rationale": "The closest BLS match for the research and modelling half of the job.", "sources": [3]}],
             "keyTakeaways": [{"text": "Data scientists (SOC 15-2051) earn a median of $112,590 a year.", "sources": [1]}],
             "experienceLevels": [{"level": "entry", "title": "Entry-Level ML Engineer", "minYears": 0, "maxYears": 2,
               "baseSalary": {"min": 100000, "max": 130000, "maxAtLeast": null},
               "phdBaseSalary": {"min": 130000, "max": 160000, "maxAtLeast": null},
               "totalCompensation": null,
               "benchmark": {"socCode": "15-2051", "percentiles": {"min": 50, "max": 75, "maxAtLeast": null}},
               "summary": "New engineers start between the data scientist median and 75th percentile.", "sources": [3]}],
             "specializations": [{"name": "Computer Vision", "summary": "Production vision work pays at the senior level.",
               "baseSalary": {"min": 170000, "max": null, "maxAtLeast": 220000}, "premiumPercent": null, "benchmark": null,
               "sources": []}],
             "benefits": [{"name": "Signing Bonus", "summary": "Large tech employers commonly pay one-time signing bonuses.",
               "amount": {"min": 20000, "max": 100000, "maxAtLeast": null}, "unit": "usd", "percentOfBase": null,
               "exampleBase": null, "sources": []}],
             "negotiationSteps": [{"step": 1, "title": "Cite both BLS classifications", "detail": "Anchor on the data scientist median as the floor.",
               "figures": [{"label": "Data scientist median annual wage (floor)", "unit": "usd-per-year", "min": 112590, "max": 112590, "maxAtLeast": null, "sources": [3]}],
               "sources": [3, 5]}],
             "careerProgression": [{"title": "Chief AI Officer", "track": "management",
               "baseSalary": {"min": 400000, "max": null, "maxAtLeast": 800000},
               "summary": "Executive owner of AI for the whole company.", "sources": []}],
             "salaryGrowth": [{"fromLevel": "entry", "toLevel": "senior", "years": {"min": 4, "max": 6, "maxAtLeast": null},
               "increasePercent": {"min": 70, "max": 100, "maxAtLeast": null}, "sources": [3, 5]}],
             "highlights": [{"section": "topStates", "text": "California pays ML engineers the most, $158,400 a year on average.",
               "figures": [{"label": "California annual mean wage", "unit": "usd-per-year", "min": 158400, "max": 158400, "maxAtLeast": null, "sources": []}],
               "sources": [6]}],
             "faq": [{"question": "Which state pays ML engineers the most?", "answer": "California, at about $158,400 in annual mean wages.", "sources": [6]}],
             "sources": [{"id": 1, "label": "BLS OEWS: Data Scientists (SOC 15-2051), median annual wage", "url": "https://www.bls.gov/oes/current/oes152051.htm"},
               {"id": 6, "label": "Source [6] of the original guide: state and metropolitan-area wage figures", "url": null}],
             "sectionSources": {"classifications": [1, 4], "topStates": [6]}}""";

    private GuideExample() {
    }
}
