package com.salaryguide.geography.importing;

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

/** Upload of a BLS OEWS state, metropolitan or all-areas file. */
@RestController
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
    @Operation(summary = "Import a BLS OEWS state or metropolitan file (scope salary.write)",
            description = "Body: the CSV export (text/csv) or XLSX workbook; rows of AREA_TYPE 2 (states, by"
                    + " PRIM_STATE) and 4 (metropolitan areas, by CBSA code in AREA) are imported, others skipped."
                    + " year, or a fileName like state_M2024_dl.xlsx. Same markers, top codes and all-or-nothing rule"
                    + " as the national import; re-importing a year replaces that year's BLS figures for the kinds of"
                    + " area in the file, never a guide's own figures. Streams: bounded memory for ~400k rows.")
    public Mono<AreaImportService.Summary> importAreas(@RequestBody Flux<DataBuffer> body,
                                                       @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                                                       @RequestParam(required = false) String year,
                                                       @RequestParam(required = false) String fileName,
                                                       @RequestParam(defaultValue = "false") boolean includeGroups) {
        int release = OewsRelease.year(year, fileName).orElseThrow(() -> new InvalidRequestException("year",
                "is required: the OEWS release year (1997-2100), or a fileName like state_M2024_dl.xlsx"));
        OewsTable.Format format = OewsTable.Format.ofMediaType(type.getType() + "/" + type.getSubtype());
        return uploads.viaTempFile(body, properties.maxFileSize().toBytes(), format.fileSuffix(),
                file -> imports.importFile(file, format, release, includeGroups));
    }
}
