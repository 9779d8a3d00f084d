package com.salaryguide.oews;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The release year of an OEWS file: given explicitly, or read from BLS's file name ("national_M2024_dl.xlsx"). */
public final class OewsRelease {

    private static final Pattern IN_FILE_NAME = Pattern.compile("M(\\d{4})");

    private OewsRelease() {
    }

    public static OptionalInt year(String year, String fileName) {
        String text = year;
        if ((text == null || text.isBlank()) && fileName != null) {
            Matcher m = IN_FILE_NAME.matcher(fileName);
            text = m.find() ? m.group(1) : null;
        }
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return y >= 1997 && y <= 2100 ? OptionalInt.of(y) : OptionalInt.empty();
        } catch (NumberFormatException ex) {
            return OptionalInt.empty();
        }
    }
}
