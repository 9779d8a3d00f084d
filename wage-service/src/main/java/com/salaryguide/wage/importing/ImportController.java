package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsRelease;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.upload.Uploads;
import com.salaryguide.wage.web.ApiDocumentation;
import com.salaryguide.wage.web.ApiDocumentation.CitedOccupationsProblem;
import com.salaryguide.problem.ProblemSchemas.Problem;
import com.salaryguide.problem.ProblemSchemas.ValidationProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
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

/** Upload of a BLS OEWS national file; the body is streamed to a temporary file, never held in memory. */
@RestController
public class ImportController {

    private final NationalImportService imports;
    private final OewsProperties properties;
    private final Uploads uploads;

    public ImportController(NationalImportService imports, OewsProperties properties, Uploads uploads) {
        this.imports = imports;
        this.properties = properties;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/v1/occupations/imports", consumes = {OewsTable.Format.CSV_MEDIA_TYPE, OewsTable.Format.XLSX_MEDIA_TYPE})
    @Tag(name = ApiDocumentation.IMPORTS)
    @Operation(operationId = "importNationalFile", summary = "Import a BLS OEWS national file (scope salary.write)",
            description = "Body: the CSV export (text/csv) or the XLSX workbook. year: the release year, or given by"
                    + " fileName like national_M2024_dl.xlsx. Columns by header name, case-insensitive; '*' and '**'"
                    + " become null (not-available); '#' is stored as the release's top code (top-coded); only"
                    + " detailed occupations unless includeGroups=true. All or nothing: any bad row rejects the file"
                    + " with 400 listing rows and columns (first 50), and nothing changes. Re-importing a year"
                    + " replaces it: an occupation the file lacks loses that year's figures. When a published guide"
                    + " cites such an occupation (advice-service is asked, only if some figures would go) the import"
                    + " is refused with 409 naming the guides and SOC codes; when advice-service cannot answer, with"
                    + " 503 and Retry-After. Nothing changes either way. replaceCitedOccupations=true skips the check"
                    + " and replaces them.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The national file as BLS publishes it.", content = {
                    @Content(mediaType = OewsTable.Format.CSV_MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = OewsTable.Format.XLSX_MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))}))
    @SecurityRequirement(name = ApiDocumentation.BEARER_AUTH)
    @ApiResponse(responseCode = "200", description = "Imported: what the import did.",
            content = @Content(mediaType = ApiDocumentation.JSON,
                    schema = @Schema(implementation = NationalImportService.Summary.class)))
    @ApiResponse(responseCode = "400", description = "No year, a bad parameter, an unreadable file or bad rows"
            + " (errors names each: year, file, columns.A_MEAN, rows[12].A_MEDIAN; the first 50).",
            content = @Content(mediaType = ApiDocumentation.PROBLEM,
                    schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "401", description = ApiDocumentation.UNAUTHORIZED,
            content = @Content(mediaType = ApiDocumentation.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = ApiDocumentation.FORBIDDEN,
            content = @Content(mediaType = ApiDocumentation.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The import would remove figures that published guides cite.",
            content = @Content(mediaType = ApiDocumentation.PROBLEM,
                    schema = @Schema(implementation = CitedOccupationsProblem.class)))
    @ApiResponse(responseCode = "413", description = "The file is larger than the service accepts.",
            content = @Content(mediaType = ApiDocumentation.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "The body is neither text/csv nor an XLSX workbook.",
            content = @Content(mediaType = ApiDocumentation.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "advice-service could not tell whether a guide cites the"
            + " occupations the import would remove; retry after the Retry-After seconds.",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before retrying.",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = ApiDocumentation.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<NationalImportService.Summary> importNational(
            @RequestBody @Parameter(hidden = true) Flux<DataBuffer> body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) MediaType type,
            @RequestParam(required = false) @Parameter(description = "The OEWS release year; required unless"
                    + " fileName gives it.", example = "2024", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1997", maximum = "2100")) String year,
            @RequestParam(required = false) @Parameter(description = "The file's name as BLS publishes it, giving the"
                    + " release year when year is left out.", example = "national_M2024_dl.xlsx") String fileName,
            @RequestParam(defaultValue = "false") @Parameter(description = "Import major and broad groups too, not"
                    + " only detailed occupations.") boolean includeGroups,
            @RequestParam(defaultValue = "false") @Parameter(description = "Replace the year even where a published"
                    + " guide cites an occupation the file lacks (skips asking advice-service).")
            boolean replaceCitedOccupations) {
        int release = releaseYear(year, fileName);
        OewsTable.Format format = OewsTable.Format.ofMediaType(type.getType() + "/" + type.getSubtype());
        return uploads.viaTempFile(body, properties.maxFileSize().toBytes(), format.fileSuffix(),
                file -> imports.importFile(file, format, release, includeGroups, replaceCitedOccupations));
    }

    static int releaseYear(String year, String fileName) {
        return OewsRelease.year(year, fileName).orElseThrow(() -> new InvalidRequestException("year",
                "is required: the OEWS release year (1997-2100), or a fileName like national_M2024_dl.xlsx"));
    }
}
