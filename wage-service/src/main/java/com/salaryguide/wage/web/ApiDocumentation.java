package com.salaryguide.wage.web;

import java.util.List;

import com.salaryguide.wage.importing.CitedFiguresCheck.CitedOccupation;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * What the OpenAPI document says beyond the controllers: the service, its tags (resources, not controller names),
 * the bearer-token scheme every write names, and the one problem of its own (an import that would remove cited
 * figures; the platform's Problem and ValidationProblem are web-support's ProblemSchemas). The texts the operations
 * share are here too.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "wage-service", version = "v1", description = """
                Occupations (BLS SOC codes and titles) with their national wage figures by data year, the percentile \
                rank of a salary, hand edits and BLS OEWS national imports. Reads are public; every write and import \
                needs a bearer JWT with scope salary.write. Every key of an answer is always present (null or [] \
                when there is nothing); annual amounts are whole US dollars, hourly amounts have two decimals; each \
                BLS figure has a status (reported, top-coded, not-available). Errors are application/problem+json \
                (RFC 9457)."""),
        tags = {
                @Tag(name = ApiDocumentation.OCCUPATIONS, description = "Occupations by SOC code: search, read with"
                        + " the latest national figures, create, rename, delete."),
                @Tag(name = ApiDocumentation.NATIONAL_WAGES, description = "An occupation's national wage figures by"
                        + " data year: every year, one year, hand edits, and the percentile rank of a salary."),
                @Tag(name = ApiDocumentation.IMPORTS, description = "BLS OEWS national files (CSV or XLSX) imported"
                        + " whole, one release year at a time.")})
@SecurityScheme(name = ApiDocumentation.BEARER_AUTH, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT carrying scope salary.write, signed with the platform's key"
        + " (HMAC-SHA256 or RS256 from the configured JWK set).")
public class ApiDocumentation {

    public static final String OCCUPATIONS = "Occupations";
    public static final String NATIONAL_WAGES = "National wages";
    public static final String IMPORTS = "Imports";
    public static final String BEARER_AUTH = "bearerAuth";

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    public static final String SOC_CODE_PATTERN = "^\\d{2}-\\d{4}$";
    public static final String SOC_CODE = "SOC code of the occupation (two digits, a hyphen, four digits).";

    public static final String BAD_SOC_CODE = "socCode is not a SOC code like 15-2051 (errors names it).";
    public static final String UNKNOWN_OCCUPATION = "No occupation with this SOC code.";
    public static final String UNAUTHORIZED = "No bearer token, or one that is expired, malformed or wrongly signed"
            + " (with a WWW-Authenticate challenge).";
    public static final String FORBIDDEN = "The token does not carry scope salary.write.";
    public static final String TOO_LARGE = "The body is larger than the service accepts.";
    public static final String UNSUPPORTED = "The body is not of a media type this operation takes.";

    /** A 409 of an import that would remove figures a published guide cites. */
    @Schema(name = "CitedOccupationsProblem", description = "An import refused (409) because it would remove figures"
            + " that published guides cite; a version conflict is a plain Problem.")
    public record CitedOccupationsProblem(
            @Schema(requiredMode = REQUIRED, example = "/problems/conflict") String type,
            @Schema(requiredMode = REQUIRED, example = "Conflict") String title,
            @Schema(requiredMode = REQUIRED, example = "409") int status,
            @Schema(requiredMode = REQUIRED) String detail,
            String instance,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The occupations whose figures"
                    + " would go, each with the slugs of the guides citing it."))
            List<CitedOccupation> citedOccupations) {
    }
}
