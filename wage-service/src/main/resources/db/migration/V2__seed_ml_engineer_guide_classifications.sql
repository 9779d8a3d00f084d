-- The two SOC classifications cited by the 2026 machine-learning-engineer guide, exactly as printed there.
-- Figures are BLS OEWS May 2024 national estimates (data year 2024).

INSERT INTO occupation (soc_code, title) VALUES ('15-2051', 'Data Scientists');
INSERT INTO occupation (soc_code, title) VALUES ('15-1252', 'Software Developers');

-- 15-2051: guide sources [1] (median) and [3] (percentile table)
INSERT INTO national_wage (soc_code, data_year, source_ids) VALUES ('15-2051', 2024, '1,3');
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-2051', 2024, 10,  63650, 30.60);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-2051', 2024, 25,  82630, 39.73);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-2051', 2024, 50, 112590, 54.13);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-2051', 2024, 75, 155810, 74.91);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-2051', 2024, 90, 194410, 93.47);

-- 15-1252: guide sources [4] and [5]
INSERT INTO national_wage (soc_code, data_year, source_ids) VALUES ('15-1252', 2024, '4,5');
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-1252', 2024, 10,  79850, 38.39);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-1252', 2024, 25, 103050, 49.55);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-1252', 2024, 50, 133080, 63.98);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-1252', 2024, 75, 169000, 81.25);
INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly) VALUES ('15-1252', 2024, 90, 211450, 101.66);

-- "projected to grow 34 percent from 2024 to 2034" [2]
INSERT INTO employment_projection (soc_code, from_year, to_year, growth_percent, source_ids)
VALUES ('15-2051', 2024, 2034, 34, '2');
