package com.salaryguide.wage.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The body of an occupation write: its title, and the version read (left out to create). */
@Schema(description = "An occupation to create or rename.")
public record OccupationDraft(
        @Schema(requiredMode = REQUIRED, description = "BLS title, at most 200 printable characters.",
                example = "Actuaries", maxLength = 200) String title,
        @Schema(description = "The version read (GET /api/v1/occupations/{socCode}); left out to create.",
                example = "0") Long version) {
}
