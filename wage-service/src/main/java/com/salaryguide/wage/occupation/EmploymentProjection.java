package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;

/** Projected employment growth over a period, e.g. 34 percent from 2024 to 2034. */
public record EmploymentProjection(BigDecimal percent, int fromYear, int toYear, List<Integer> sources) {
}
