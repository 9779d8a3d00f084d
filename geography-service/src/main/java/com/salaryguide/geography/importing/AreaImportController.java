package com.salaryguide.geography.importing;

import com.salaryguide.geography.web.ApiDocumentation;
import com.salaryguide.oews.OewsRelease;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.upload.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Upload of a BLS OEWS state, metropolitan or all-areas file. */
@RestController
@Tag(name = ApiDocumentation.IMPORTS)
public class AreaImportController {

    private final AreaImportService imports;
    private final OewsProperties properties;
    private final Uploads uploads;

    public AreaImportController(AreaImportService imports, OewsProperties properties, Uploads uploads) {
        this.imports = imports;
        this.properties = properties;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/v1/geography/imports", consumes = {OewsTable.Format.CSV_MEDIA_TYPE, OewsTable.Format.XLSX_MEDIA_TYPE})
    @Operation(operationId = "importAreaFile", summary = "Import a BLS OEWS state, metropolitan or all-areas file"
            + " (scope salary.write)",
            description = "Body: the CSV export (text/csv) or XLSX workbook. Rows of AREA_TYPE 2 (states, by"
                    + " PRIM_STATE), 3 (territories, by PRIM_STATE), 4 (metropolitan areas, by CBSA code in AREA) and"
                    + " 6 (nonmetropolitan areas, by BLS code in AREA) are imported, with JOBS_1000 and LOC_QUOTIENT;"
                    + " others are skipped and counted. Areas are added, and metropolitan and nonmetropolitan areas"
                    + " renamed, as the file names them. '*', '**' and '~' mean not available, '#' top-coded. All or"
                    + " nothing: a file with any bad row is refused listing rows and columns. Re-importing a year"
                    + " replaces that year's BLS figures for the kinds of area in the file, never a guide's own"
                    + " figures. Streams: memory stays bounded for a full release.",
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = OewsTable.Format.CSV_MEDIA_TYPE, schema = @Schema(type = "string",
                            format = "binary", description = "BLS's columns by header name")),
                    @Content(mediaType = OewsTable.Format.XLSX_MEDIA_TYPE, schema = @Schema(type = "string",
                            format = "binary", description = "the workbook BLS publishes; its first sheet is read"))}),
            responses = {
                    @ApiResponse(responseCode = "200", description = "What the import did", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AreaImportService.Summary.class))),
                    @ApiResponse(responseCode = "400", description = "No year, an unreadable file, or bad rows (first"
                            + " 50 listed as rows[n].COLUMN)"),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the configured maximum"),
                    @ApiResponse(responseCode = "415", description = "Neither CSV nor XLSX")})
    public Mono<AreaImportService.Summary> importAreas(
            @RequestBody Flux<DataBuffer> body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) MediaType type,
            @RequestParam(required = false) @Parameter(description = "the OEWS release year (the May 2024 estimates"
                    + " are 2024); or give fileName", schema = @Schema(type = "integer", minimum = "1997",
                    maximum = "2100")) String year,
            @RequestParam(required = false) @Parameter(description = "BLS's file name, to read the year from",
                    example = "MSA_M2024_dl.xlsx") String fileName,
            @RequestParam(defaultValue = "false") @Parameter(description = "import occupation groups too, not only"
                    + " detailed occupations") boolean includeGroups) {
        int release = OewsRelease.year(year, fileName).orElseThrow(() -> new InvalidRequestException("year",
                "is required: the OEWS release year (1997-2100), or a fileName like state_M2024_dl.xlsx"));
        OewsTable.Format format = OewsTable.Format.ofMediaType(type.getType() + "/" + type.getSubtype());
        return uploads.viaTempFile(body, properties.maxFileSize().toBytes(), format.fileSuffix(),
                file -> imports.importFile(file, format, release, includeGroups));
    }
}
