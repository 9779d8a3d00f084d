package com.salaryguide.problem;

import java.util.ArrayList;
import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;

/**
 * Problems found while checking a large input (an uploaded file, a long request body): all are counted, the first
 * {@code limit} kept, so a file with a million bad rows yields a readable answer rather than a million-line one.
 */
public final class ProblemList {

    private final int limit;
    private final String overflowField;
    private final List<FieldProblem> kept = new ArrayList<>();
    private int count;

    /** A list for an uploaded file: the overflow entry is named "file". */
    public ProblemList(int limit) {
        this(limit, "file");
    }

    /** {@code overflowField} names the entry that counts the problems not kept ("file", "body"). */
    public ProblemList(int limit, String overflowField) {
        this.limit = limit;
        this.overflowField = overflowField;
    }

    public void add(String field, String message) {
        count++;
        if (kept.size() < limit) {
            kept.add(new FieldProblem(field, message));
        }
    }

    /** How many problems were found, kept or not. */
    public int count() {
        return count;
    }

    /** The problems kept, followed by an entry saying how many more were found when some were not kept. */
    public List<FieldProblem> reported() {
        List<FieldProblem> reported = new ArrayList<>(kept);
        if (count > kept.size()) {
            reported.add(new FieldProblem(overflowField, (count - kept.size()) + " more problems not listed"));
        }
        return reported;
    }
}
