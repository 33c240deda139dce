package nl.werkbrug.dashboards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the regional dashboard's figures per municipality, anonymised (aggregates only) and with the
 * small-cell rule applied, as JSON and CSV, without login (GET {@code /api/public/**}). Documented at
 * {@code /api/public/openapi.json}.
 */
@RestController
@RequestMapping("/api/public/dashboards")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@Tag(name = "Open data dashboards", description = "De kengetallen van de regio per gemeente, onderdrukt waar aantallen klein zijn")
class OpenDataController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final int FIRST_YEAR = 2000;
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Dashboards dashboards;
    private final TenantDirectory directory;
    private final Clock clock;

    OpenDataController(Dashboards dashboards, TenantDirectory directory, Clock clock) {
        this.dashboards = dashboards;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(path = "/{region}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De kengetallen van de regio per gemeente (JSON)",
            description = "Wat de regionale coördinator ziet: elk kengetal per gemeente en het totaal van de regio, over "
                    + "een kalenderjaar. Alleen aggregaten; aantallen van 1 tot en met 4, en cellen waaruit die zijn af te "
                    + "leiden, zijn onderdrukt.")
    @ApiResponse(responseCode = "200", description = "De kengetallen",
            content = @Content(schema = @Schema(implementation = OpenDataset.class)))
    @ApiResponse(responseCode = "404", description = "Niet de regio van dit portaal, of een jaar buiten bereik",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> json(@Parameter(description = "Regio, bijvoorbeeld 'twente'") @PathVariable String region,
                           @Parameter(description = "Kalenderjaar; zonder: dit jaar") @RequestParam(required = false) @Nullable Integer jaar) {
        OpenDataset dataset = dataset(region, jaar);
        return dataset == null ? notFound(region, jaar) : ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(dataset);
    }

    @GetMapping(path = "/{region}/csv", produces = "text/csv")
    @Operation(summary = "De kengetallen van de regio per gemeente (CSV)",
            description = "Dezelfde cijfers als de JSON, één regel per gebied en kengetal; puntkomma's, UTF-8 met BOM. "
                    + "Een onderdrukte waarde is leeg met 'onderdrukt' waar.")
    @ApiResponse(responseCode = "200", description = "De kengetallen als CSV", content = @Content(mediaType = "text/csv"))
    ResponseEntity<?> csv(@PathVariable String region, @RequestParam(required = false) @Nullable Integer jaar) {
        OpenDataset dataset = dataset(region, jaar);
        if (dataset == null) {
            return notFound(region, jaar);
        }
        byte[] body = Csv.write(OpenDataset.CSV_HEADER, dataset.lines());
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kengetallen-" + dataset.region() + "-"
                        + dataset.from().substring(0, 4) + ".csv\"")
                .body(body);
    }

    private @Nullable OpenDataset dataset(String region, @Nullable Integer jaar) {
        int thisYear = LocalDate.now(clock).getYear();
        int year = jaar == null ? thisYear : jaar;
        if (!region.equals(directory.region().id()) || year < FIRST_YEAR || year > thisYear) {
            return null;
        }
        return OpenDataset.of(directory.region().id(), directory.region().name(), dashboards.openData(ReportingPeriod.year(year)));
    }

    /** A 404 with a problem body, answered here so the request never reaches the (login-protected) error page. */
    private static ResponseEntity<ProblemDetail> notFound(String region, @Nullable Integer jaar) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Geen kengetallen voor regio " + region + (jaar == null ? "" : " in " + jaar));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
