/**
 * Synthetic BLS OEWS releases for tests and measurements: {@link com.salaryguide.testsupport.oews.SyntheticRelease}
 * writes the national, state and MSA files (CSV or XLSX, BLS's columns, markers and number formats) and offers the
 * same figures as records, so a test works out the answer it expects without asking a service.
 *
 * <p>The model, all of it: a release has {@link com.salaryguide.testsupport.oews.Occupation}s (detailed ones, which
 * importers take, and total/major/broad group rows, which they skip) and
 * {@link com.salaryguide.testsupport.oews.Area}s (the U.S., states, territories, metros, nonmetros); each row is a
 * {@link com.salaryguide.testsupport.oews.Figures} (employment, shares, a mean and five percentiles, each a
 * {@link com.salaryguide.testsupport.oews.Wage} holding what an importer stores: null for "*", the top code with a
 * flag for "#").
 *
 * <pre>{@code
 * SyntheticRelease release = SyntheticRelease.generate(SyntheticRelease.Settings.small());
 * release.write(dir, ReleaseFile.Format.XLSX);   // national_M2024_dl.xlsx, state_M2024_dl.xlsx, MSA_M2024_dl.xlsx
 *
 * // the top 10 states for 15-1252 by annual mean (what GET /geography/states?occupation=15-1252 should rank)
 * List<Figures> top = release.areas(AreaType.STATE).stream()
 *         .flatMap(a -> release.figures(a.code(), "15-1252").stream())
 *         .filter(f -> f.mean().annual() != null)
 *         .sorted(Comparator.comparing((Figures f) -> f.mean().annual()).reversed()
 *                 .thenComparing(f -> f.area().title()))
 *         .limit(10).toList();
 *
 * // the percentiles a percentile rank of 150,000 in Austin interpolates between
 * List<Wage> austin = release.figures("12420", "15-1252").orElseThrow().percentiles();
 *
 * // one cell of a compare matrix: empty where BLS publishes no row for that occupation in that area
 * Optional<Figures> cell = release.figures("41940", "15-2051");
 * }</pre>
 */
package com.salaryguide.testsupport.oews;
