-- Top-paying states and metropolitan areas of the 2026 machine-learning-engineer guide, exactly as printed,
-- keyed by the guide's slug and its source [6]. The guide does not state the figures' reference year; they are
-- recorded under the guide's edition year, 2026.

INSERT INTO area (code, area_type, name) VALUES ('41940', 'metro', 'San Jose-Sunnyvale-Santa Clara, CA');
INSERT INTO area (code, area_type, name) VALUES ('41860', 'metro', 'San Francisco-Oakland-Berkeley, CA');
INSERT INTO area (code, area_type, name) VALUES ('42660', 'metro', 'Seattle-Tacoma-Bellevue, WA');
INSERT INTO area (code, area_type, name) VALUES ('35620', 'metro', 'New York-Newark-Jersey City, NY-NJ-PA');
INSERT INTO area (code, area_type, name) VALUES ('14460', 'metro', 'Boston-Cambridge-Nashua, MA-NH');
INSERT INTO area (code, area_type, name) VALUES ('47900', 'metro', 'Washington-Arlington-Alexandria, DC-VA-MD');
INSERT INTO area (code, area_type, name) VALUES ('12420', 'metro', 'Austin-Round Rock-Georgetown, TX');
INSERT INTO area (code, area_type, name) VALUES ('38300', 'metro', 'Pittsburgh, PA');
INSERT INTO area (code, area_type, name) VALUES ('19740', 'metro', 'Denver-Aurora-Lakewood, CO');
INSERT INTO area (code, area_type, name) VALUES ('39580', 'metro', 'Raleigh-Cary, NC');

INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'CA', 2026, 158400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'WA', 2026, 154200, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'NY', 2026, 146800, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'MA', 2026, 142400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'NJ', 2026, 138600, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'VA', 2026, 134200, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'MD', 2026, 131800, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'CO', 2026, 128400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'TX', 2026, 124600, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', 'IL', 2026, 122200, 6);

INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '41940', 2026, 178200, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '41860', 2026, 172400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '42660', 2026, 164800, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '35620', 2026, 155200, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '14460', 2026, 148600, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '47900', 2026, 142400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '12420', 2026, 136800, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '38300', 2026, 132200, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '19740', 2026, 130400, 6);
INSERT INTO area_wage (occupation, area_code, data_year, annual_mean, source_id) VALUES ('machine-learning-engineer', '39580', 2026, 126800, 6);
