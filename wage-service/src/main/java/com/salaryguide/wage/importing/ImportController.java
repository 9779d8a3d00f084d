package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsRelease;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.upload.Uploads;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Import a BLS OEWS national file (scope salary.write)",
            description = "Body: the CSV export (text/csv) or the XLSX workbook. year: the release year, or given by"
                    + " fileName like national_M2024_dl.xlsx. Columns by header name, case-insensitive; '*' and '**'"
                    + " become null; '#' is stored as top-coded (239200 a year, 115.00 an hour); only detailed"
                    + " occupations unless includeGroups=true. All or nothing: any bad row rejects the file with 400"
                    + " listing rows and columns (first 50), and nothing changes. Re-importing a year replaces it:"
                    + " an occupation the file lacks loses that year's figures. When a published guide cites such an"
                    + " occupation (advice-service is asked, only if some figures would go) the import is refused with"
                    + " 409 naming the guides and SOC codes (citedOccupations: [{socCode, guides}]); when"
                    + " advice-service cannot answer, with 503 and Retry-After. Nothing changes either way."
                    + " replaceCitedOccupations=true skips the check and replaces them.")
    public Mono<NationalImportService.Summary> importNational(@RequestBody Flux<DataBuffer> body,
                                                              @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                                                              @RequestParam(required = false) String year,
                                                              @RequestParam(required = false) String fileName,
                                                              @RequestParam(defaultValue = "false") boolean includeGroups,
                                                              @RequestParam(defaultValue = "false") boolean replaceCitedOccupations) {
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
