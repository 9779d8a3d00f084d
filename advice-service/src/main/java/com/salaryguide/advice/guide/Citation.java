package com.salaryguide.advice.guide;

/**
 * A guide citing an occupation: the SOC code, the role the guide gives it (baseline or upper-bound) and which guide.
 * What other services ask before they change or link an occupation's figures.
 */
public record Citation(String socCode, String role, GuideContent.Summary guide) {
}
