package com.salaryguide.wage.occupation;

import java.util.Arrays;
import java.util.List;

/** Citation ids are stored as a comma-separated column ("1,3"); this is the one place that reads them. */
final class SourceIds {

    private SourceIds() {
    }

    static List<Integer> parse(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
