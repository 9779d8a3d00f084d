package com.salaryguide.wage.occupation;

import java.util.Arrays;
import java.util.List;

/** Citation ids are stored as a comma-separated column ("1,3"); this is the one place that reads and writes them. */
public final class SourceIds {

    private SourceIds() {
    }

    public static List<Integer> parse(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public static String format(List<Integer> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
