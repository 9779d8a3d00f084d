package com.salaryguide.testsupport.oews;

import java.util.List;
import java.util.Locale;

/** The three files of a BLS OEWS release, named as BLS names them, and the kinds of area each holds. */
public enum ReleaseFile {
    NATIONAL("national", List.of(AreaType.NATIONAL)),
    STATE("state", List.of(AreaType.STATE, AreaType.TERRITORY)),
    /** BLS's MSA file holds the metropolitan and the nonmetropolitan areas. */
    MSA("MSA", List.of(AreaType.METRO, AreaType.NONMETRO));

    private final String prefix;
    private final List<AreaType> areaTypes;

    ReleaseFile(String prefix, List<AreaType> areaTypes) {
        this.prefix = prefix;
        this.areaTypes = areaTypes;
    }

    public List<AreaType> areaTypes() {
        return areaTypes;
    }

    /** The file's base name without extension, e.g. "state_M2024_dl" (also the name of its first sheet). */
    public String baseName(int year) {
        return prefix + "_M" + year + "_dl";
    }

    /** The file's name, e.g. "MSA_M2024_dl.xlsx". */
    public String fileName(int year, Format format) {
        return baseName(year) + "." + format.name().toLowerCase(Locale.ROOT);
    }

    /** How a release file is written: BLS's XLSX workbook, or the CSV export of its first sheet. */
    public enum Format {
        CSV, XLSX
    }
}
