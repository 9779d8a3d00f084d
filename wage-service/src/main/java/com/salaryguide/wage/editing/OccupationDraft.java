package com.salaryguide.wage.editing;

/** The body of an occupation write: its title, and the version read (left out to create). */
public record OccupationDraft(String title, Long version) {
}
