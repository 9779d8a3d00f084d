-- The 2026 machine-learning-engineer guide. Every figure is exactly as printed in the source guide; the prose
-- is this project's own wording.

INSERT INTO guide (slug, title, edition_year, intro) VALUES ('machine-learning-engineer', 'Machine Learning Engineer Salary Guide', 2026,
 'BLS has no occupation code for machine learning engineers, so this guide reads their pay through two neighbouring classifications: Data Scientists for the modelling side of the work and Software Developers for the engineering and deployment side. Industry pay for engineers who put models into production sits well above the data scientist median.');

-- The seed cites these numbers without printing its reference list; labels say what each citation supports.
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 1, 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics: Data Scientists (SOC 15-2051), median annual wage', 'https://www.bls.gov/oes/current/oes152051.htm');
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 2, 'U.S. Bureau of Labor Statistics, Employment Projections 2024-2034: Data Scientists', 'https://www.bls.gov/ooh/math/data-scientists.htm');
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 3, 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics: Data Scientists (SOC 15-2051), wage percentiles', 'https://www.bls.gov/oes/current/oes152051.htm');
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 4, 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics: Software Developers (SOC 15-1252), median annual wage', 'https://www.bls.gov/oes/current/oes151252.htm');
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 5, 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics: Software Developers (SOC 15-1252), wage percentiles', 'https://www.bls.gov/oes/current/oes151252.htm');
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 6, 'Source [6] of the original guide: state and metropolitan-area wage figures for machine learning engineering (full reference not given in the guide)', NULL);
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 9, 'Source [9] of the original guide: ML engineer pay relative to the software developer classification (full reference not given in the guide)', NULL);
INSERT INTO guide_source (guide_slug, id, label, url) VALUES ('machine-learning-engineer', 11, 'Source [11] of the original guide: industry data on ML engineer total compensation and specialization premiums (full reference not given in the guide)', NULL);

INSERT INTO guide_classification (guide_slug, position, soc_code, role, rationale, source_ids) VALUES ('machine-learning-engineer', 1, '15-2051', 'baseline',
 'The closest BLS match for the research and modelling half of the job; its median works as a floor for ML engineering pay.', '1,3');
INSERT INTO guide_classification (guide_slug, position, soc_code, role, rationale, source_ids) VALUES ('machine-learning-engineer', 2, '15-1252', 'upper-bound',
 'Covers the engineering and deployment half of the job; its upper percentiles track senior ML engineer base pay.', '4,5');

INSERT INTO key_takeaway (guide_slug, position, takeaway, source_ids) VALUES ('machine-learning-engineer', 1, 'Data scientists (SOC 15-2051), the nearest BLS classification to ML engineering, earn a median of $112,590 a year.', '1');
INSERT INTO key_takeaway (guide_slug, position, takeaway, source_ids) VALUES ('machine-learning-engineer', 2, 'In the data scientist classification the 90th percentile reaches $194,410.', '3');
INSERT INTO key_takeaway (guide_slug, position, takeaway, source_ids) VALUES ('machine-learning-engineer', 3, 'Software developers (SOC 15-1252) have a $133,080 median and a $211,450 90th percentile, a closer fit for senior ML engineer base salaries.', '4');
INSERT INTO key_takeaway (guide_slug, position, takeaway, source_ids) VALUES ('machine-learning-engineer', 4, 'BLS expects data scientist employment to grow 34 percent between 2024 and 2034.', '2');
INSERT INTO key_takeaway (guide_slug, position, takeaway, source_ids) VALUES ('machine-learning-engineer', 5, 'At the largest AI employers, total pay for senior ML engineers can pass $500,000.', '');

INSERT INTO experience_level (guide_slug, position, level, title, min_years, max_years, base_min, base_max, base_max_at_least, total_min, total_max, total_max_at_least, phd_base_min, phd_base_max, benchmark_soc, benchmark_from_pct, benchmark_to_pct, summary, source_ids)
VALUES ('machine-learning-engineer', 1, 'entry', 'Entry-Level ML Engineer', 0, 2, 100000, 130000, NULL, NULL, NULL, NULL, 130000, 160000, '15-2051', 50, 75,
 'New engineers with a master''s degree or solid undergraduate ML research start between the data scientist median and 75th percentile; PhDs from leading programs start higher.', '3');
INSERT INTO experience_level (guide_slug, position, level, title, min_years, max_years, base_min, base_max, base_max_at_least, total_min, total_max, total_max_at_least, phd_base_min, phd_base_max, benchmark_soc, benchmark_from_pct, benchmark_to_pct, summary, source_ids)
VALUES ('machine-learning-engineer', 2, 'mid', 'Mid-Level ML Engineer', 3, 5, 130000, 170000, NULL, NULL, NULL, NULL, NULL, NULL, '15-1252', 50, 75,
 'Engineers who have shipped ML to production land in the software developer median-to-75th band; model serving, experimentation platforms and MLOps pipelines set candidates apart.', '5');
INSERT INTO experience_level (guide_slug, position, level, title, min_years, max_years, base_min, base_max, base_max_at_least, total_min, total_max, total_max_at_least, phd_base_min, phd_base_max, benchmark_soc, benchmark_from_pct, benchmark_to_pct, summary, source_ids)
VALUES ('machine-learning-engineer', 3, 'senior', 'Senior ML Engineer', 6, 10, 170000, 220000, NULL, 300000, 500000, NULL, NULL, NULL, '15-1252', 90, NULL,
 'Seniors who design ML systems at scale earn at or above the software developer 90th percentile; with equity and bonus, large tech companies pay well beyond base.', '5');
INSERT INTO experience_level (guide_slug, position, level, title, min_years, max_years, base_min, base_max, base_max_at_least, total_min, total_max, total_max_at_least, phd_base_min, phd_base_max, benchmark_soc, benchmark_from_pct, benchmark_to_pct, summary, source_ids)
VALUES ('machine-learning-engineer', 4, 'staff', 'Staff/Principal ML Engineer', 10, NULL, 220000, 300000, NULL, 500000, NULL, 1000000, NULL, NULL, NULL, NULL, NULL,
 'Staff and principal engineers at the largest AI and tech employers earn pay that BLS occupational data does not capture at all.', '');

INSERT INTO specialization (guide_slug, position, name, summary, base_min, base_max, base_max_at_least, premium_min, premium_max, percentile_min, percentile_max, benchmark_soc, source_ids)
VALUES ('machine-learning-engineer', 1, 'Large Language Models (LLMs) and Generative AI', 'The most sought-after skill set: engineers who deploy, fine-tune and optimise large language models in production earn a premium over generalist ML roles.', NULL, NULL, NULL, 25, 40, NULL, NULL, NULL, '');
INSERT INTO specialization (guide_slug, position, name, summary, base_min, base_max, base_max_at_least, premium_min, premium_max, percentile_min, percentile_max, benchmark_soc, source_ids)
VALUES ('machine-learning-engineer', 2, 'Computer Vision', 'Production vision work (autonomous driving, medical imaging, industrial inspection) pays at the senior level, with automotive and robotics employers paying most.', 170000, NULL, 220000, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO specialization (guide_slug, position, name, summary, base_min, base_max, base_max_at_least, premium_min, premium_max, percentile_min, percentile_max, benchmark_soc, source_ids)
VALUES ('machine-learning-engineer', 3, 'Natural Language Processing (NLP)', 'Search, recommendation and conversational systems pay in the 75th-90th percentile band, more where language features are the core product.', NULL, NULL, NULL, NULL, NULL, 75, 90, NULL, '');
INSERT INTO specialization (guide_slug, position, name, summary, base_min, base_max, base_max_at_least, premium_min, premium_max, percentile_min, percentile_max, benchmark_soc, source_ids)
VALUES ('machine-learning-engineer', 4, 'MLOps and ML Platform Engineering', 'Training infrastructure, feature stores and pipelines pay a little less than research-leaning roles, but openings are more plentiful and hours often saner.', 140000, 190000, NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO specialization (guide_slug, position, name, summary, base_min, base_max, base_max_at_least, premium_min, premium_max, percentile_min, percentile_max, benchmark_soc, source_ids)
VALUES ('machine-learning-engineer', 5, 'Reinforcement Learning', 'A narrow, academic field with few but well-paid openings in robotics, game AI and autonomous systems, at or above the software developer 90th percentile.', 211450, NULL, NULL, NULL, NULL, 90, NULL, '15-1252', '5');

INSERT INTO benefit (guide_slug, position, name, summary, amount_min, amount_max, amount_max_at_least, amount_period, base_percent_min, base_percent_max, example_base, source_ids)
VALUES ('machine-learning-engineer', 1, 'Equity Compensation', 'Stock grants at public tech companies add a large share on top of base; at pre-IPO AI startups equity can pay off far more. The amount shown is yearly equity for a $200,000 base at a major tech company.', 100000, 200000, NULL, 'annual', 30, 80, 200000, '11');
INSERT INTO benefit (guide_slug, position, name, summary, amount_min, amount_max, amount_max_at_least, amount_period, base_percent_min, base_percent_max, example_base, source_ids)
VALUES ('machine-learning-engineer', 2, 'Signing Bonus', 'Large tech employers commonly pay one-time signing bonuses because competition for AI talent is fierce.', 20000, 100000, NULL, 'one-time', NULL, NULL, NULL, '11');
INSERT INTO benefit (guide_slug, position, name, summary, amount_min, amount_max, amount_max_at_least, amount_period, base_percent_min, base_percent_max, example_base, source_ids)
VALUES ('machine-learning-engineer', 3, 'Research Publication Time', 'Some employers set aside time to publish research, which builds reputation and future earning power.', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '11');
INSERT INTO benefit (guide_slug, position, name, summary, amount_min, amount_max, amount_max_at_least, amount_period, base_percent_min, base_percent_max, example_base, source_ids)
VALUES ('machine-learning-engineer', 4, 'GPU/Compute Budget', 'Some AI-focused employers give engineers a personal compute budget for experiments and research.', 5000, 50000, NULL, 'annual', NULL, NULL, NULL, '11');
INSERT INTO benefit (guide_slug, position, name, summary, amount_min, amount_max, amount_max_at_least, amount_period, base_percent_min, base_percent_max, example_base, source_ids)
VALUES ('machine-learning-engineer', 5, 'Conference Budget', 'Attendance at NeurIPS, ICML, CVPR or ACL is usually paid for, often on condition of presenting a paper.', 3000, 8000, NULL, 'per-conference', NULL, NULL, NULL, '11');

INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 1, 'Cite both BLS classifications',
 'Anchor on the data scientist median as the floor and the software developer 75th-90th percentile band as the realistic range; showing both makes the ask credible.', '3,5');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 2, 'Put model impact in business terms',
 'Lead with measurable outcomes, such as an engagement lift from a recommender or losses a fraud model prevented.', '');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 3, 'Price in the LLM and generative-AI premium',
 'Hands-on production work with LLM deployment, fine-tuning, retrieval-augmented generation and prompt design is the scarcest ML skill set; ask accordingly.', '');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 4, 'Do your diligence on equity',
 'At startups the equity terms (strike price, vesting, liquidation preferences) can outweigh base salary; ask for the information an advisor would get.', '');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 5, 'Claim the research-to-production premium',
 'Few engineers can carry a model from notebook to production serving at scale; that end-to-end range justifies top-band pay.', '');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 6, 'Use competing offers openly',
 'Several offers from AI companies are strong leverage, and employers in this market expect candidates to use them.', '');
INSERT INTO negotiation_step (guide_slug, step, title, detail, source_ids) VALUES ('machine-learning-engineer', 7, 'Negotiate compute and publication rights',
 'A training-compute allowance and the right to publish are valuable non-cash terms worth asking for.', '');

INSERT INTO negotiation_figure (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids) VALUES ('machine-learning-engineer', 1, 1, 'Data scientist median annual wage (floor)', 'usd-per-year', 112590, 112590, NULL, '3');
INSERT INTO negotiation_figure (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids) VALUES ('machine-learning-engineer', 1, 2, 'Software developer 75th-90th percentile annual wage', 'usd-per-year', 169000, 211450, NULL, '5');
INSERT INTO negotiation_figure (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids) VALUES ('machine-learning-engineer', 2, 1, 'Example: engagement increase from a recommendation model', 'percent', 15, 15, NULL, '');
INSERT INTO negotiation_figure (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids) VALUES ('machine-learning-engineer', 2, 2, 'Example: losses prevented by a fraud detection system', 'usd', 50000000, 50000000, NULL, '');
INSERT INTO negotiation_figure (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids) VALUES ('machine-learning-engineer', 7, 1, 'Training compute allowance', 'usd-per-year', 10000, NULL, 100000, '');

INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 1, 'ML Team Lead', 'management', 200000, 280000, NULL, 'First step into leading an ML team while staying close to the work.');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 2, 'Director of ML', 'management', 250000, 350000, NULL, 'Runs several ML teams and owns their roadmap.');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 3, 'VP of AI', 'management', 300000, 500000, NULL, 'Sets AI strategy across an organisation.');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 4, 'Chief AI Officer', 'management', 400000, NULL, 800000, 'Executive owner of AI for the whole company.');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 5, 'Research Scientist', 'research', NULL, NULL, NULL, 'Research track; pay comparable to the management track at equivalent seniority (the guide gives no separate figures).');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 6, 'Senior Research Scientist', 'research', NULL, NULL, NULL, 'Research track; pay comparable to the management track at equivalent seniority (the guide gives no separate figures).');
INSERT INTO career_role (guide_slug, position, title, track, base_min, base_max, base_max_at_least, summary) VALUES ('machine-learning-engineer', 7, 'Distinguished Scientist', 'research', NULL, NULL, NULL, 'Research track; pay comparable to the management track at equivalent seniority (the guide gives no separate figures).');

INSERT INTO salary_growth (guide_slug, from_level, to_level, years_min, years_max, increase_percent_min, increase_percent_max, source_ids)
VALUES ('machine-learning-engineer', 'entry', 'senior', 4, 6, 70, 100, '3,5');

INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 1, 'What is the average salary for a machine learning engineer?',
 'BLS puts the median for data scientists, the closest classification, at $112,590. Industry figures for ML engineers run 20-40 percent higher, with typical base pay of $130,000-$200,000+ depending on experience.', '1');
INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 2, 'How much do entry-level ML engineers make?',
 'With a master''s degree, $100,000-$130,000 base. PhD graduates of top programs start at $130,000-$160,000.', '3,5');
INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 3, 'Which state pays ML engineers the most?',
 'California, at about $158,400 in annual mean wages, with Washington next at $154,200.', '6');
INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 4, 'Is machine learning engineering a good career financially?',
 'Yes: base pay tops the software developer median of $133,080, senior total compensation reaches $300,000-$500,000+, and data scientist jobs are projected to grow 34 percent.', '2,4');
INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 5, 'Do ML engineers earn more than software engineers?',
 'Usually. The data scientist median is $112,590, but dedicated ML engineer roles pay $130,000-$220,000 base, above the $133,080 software developer median, reflecting extra depth in mathematics, statistics and ML.', '1,4');
INSERT INTO faq (guide_slug, position, question, answer, source_ids) VALUES ('machine-learning-engineer', 6, 'What skills raise an ML engineer''s salary the most?',
 'Deploying LLMs and generative AI, distributed training, and designing ML systems end to end. Experience serving models at scale (millions of inferences a day) counts for more than theory alone.', '11');
