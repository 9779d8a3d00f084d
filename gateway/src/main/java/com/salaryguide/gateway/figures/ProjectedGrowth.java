package com.salaryguide.gateway.figures;

import java.math.BigDecimal;
import java.util.List;

/** Projected employment growth in percent between two years, with its citations. */
public record ProjectedGrowth(BigDecimal percent, int fromYear, int toYear, List<Integer> sources) {
}
