-- The 2026 machine-learning-engineer guide in the one vocabulary: a citation the seed attaches to a whole section is
-- stated once, in section_source, and no longer copied onto the section's items; the intro cites what it rests on
-- (source [9] was listed but cited by nothing); what the seed says about the state, metro and classification
-- figures becomes highlights. Figures are exactly as printed in the seed; the prose is this project's own wording.

UPDATE guide SET
    intro = 'BLS has no occupation code for machine learning engineers, so this guide reads their pay through two neighbouring classifications: Data Scientists for the modelling side of the work and Software Developers for the engineering and deployment side. ML engineers typically earn at or above the software developer classification, and industry pay for engineers who put models into production sits well above the data scientist median.',
    intro_source_ids = '1,9'
WHERE slug = 'machine-learning-engineer';

INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'classifications', '1,4');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'experienceLevels', '2,11');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'topStates', '6');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'topMetros', '6');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'specializations', '2,11');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'benefits', '11');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'negotiationSteps', '2');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'careerProgression', '2,11');
INSERT INTO section_source (guide_slug, section_name, source_ids) VALUES ('machine-learning-engineer', 'salaryGrowth', '2,11');

-- items keep the citations of their own statements: [1] and [4] are the classification section's
UPDATE guide_classification SET source_ids = '3' WHERE guide_slug = 'machine-learning-engineer' AND soc_code = '15-2051';
UPDATE guide_classification SET source_ids = '5' WHERE guide_slug = 'machine-learning-engineer' AND soc_code = '15-1252';
-- [11] is the benefits section's
UPDATE benefit SET source_ids = '' WHERE guide_slug = 'machine-learning-engineer';

INSERT INTO highlight (guide_slug, position, section_name, statement, source_ids) VALUES ('machine-learning-engineer', 1, 'topStates',
 'California pays ML engineers the most, $158,400 a year on average, where the big AI research labs cluster; Washington follows at $154,200.', '6');
INSERT INTO highlight (guide_slug, position, section_name, statement, source_ids) VALUES ('machine-learning-engineer', 2, 'topMetros',
 'San Jose tops the metro areas at $178,200 in base wages, and senior engineers at Bay Area AI companies often see total compensation above $400,000.', '6');
INSERT INTO highlight (guide_slug, position, section_name, statement, source_ids) VALUES ('machine-learning-engineer', 3, 'classifications',
 'Depending on experience and employer, ML engineer base salaries run from the data scientist median of $112,590 to the software developer 90th percentile of $211,450 and beyond.', '1,4');

INSERT INTO highlight_figure (guide_slug, highlight_position, position, label, unit, min_value, max_value, max_at_least, source_ids)
VALUES ('machine-learning-engineer', 1, 1, 'California annual mean wage', 'usd-per-year', 158400, 158400, NULL, '');
INSERT INTO highlight_figure (guide_slug, highlight_position, position, label, unit, min_value, max_value, max_at_least, source_ids)
VALUES ('machine-learning-engineer', 1, 2, 'Washington annual mean wage', 'usd-per-year', 154200, 154200, NULL, '');
INSERT INTO highlight_figure (guide_slug, highlight_position, position, label, unit, min_value, max_value, max_at_least, source_ids)
VALUES ('machine-learning-engineer', 2, 1, 'San Jose-Sunnyvale-Santa Clara annual mean wage', 'usd-per-year', 178200, 178200, NULL, '');
INSERT INTO highlight_figure (guide_slug, highlight_position, position, label, unit, min_value, max_value, max_at_least, source_ids)
VALUES ('machine-learning-engineer', 2, 2, 'Senior engineer total compensation at Bay Area AI companies', 'usd-per-year', 400000, NULL, NULL, '');
INSERT INTO highlight_figure (guide_slug, highlight_position, position, label, unit, min_value, max_value, max_at_least, source_ids)
VALUES ('machine-learning-engineer', 3, 1, 'ML engineer base salary, data scientist median to software developer 90th percentile', 'usd-per-year', 112590, NULL, 211450, '');
