package com.salaryguide.geography.area;

/**
 * An area BLS publishes figures for: code (USPS code for a state or territory, CBSA code for a metro, BLS code for a
 * nonmetropolitan area), kind, name, and the state it lies in (for a metro, its primary state; null only for a metro
 * named by hand without one).
 */
public record Area(String code, AreaType areaType, String name, String state) {
}
