package com.salaryguide.geography.area;

/** A state (code: USPS abbreviation) or metropolitan area (code: CBSA code). */
public record Area(String code, AreaType areaType, String name) {
}
