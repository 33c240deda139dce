package nl.werkbrug.catalogue.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published instrument catalogue as JSON, without login, for municipal websites: the region's instrumentenkoffer
 * and each municipality's catalogue. The same data as the public pages: only instruments offered today, amounts
 * left out where a municipality hides them. Documented at {@code /api/public/openapi.json}.
 */
@RestController
@RequestMapping(path = "/api/public/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@Tag(name = "Instrumentencatalogus", description = "De gepubliceerde instrumenten van de regio en van elke gemeente")
class PublicCatalogueController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final InstrumentCatalogue catalogue;
    private final TenantDirectory directory;

    PublicCatalogueController(InstrumentCatalogue catalogue, TenantDirectory directory) {
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "De instrumentenkoffer van de regio",
            description = "De regionale instrumenten met de waarden van de regio, en de gemeenten met hun eigen catalogus.")
    ResponseEntity<RegionCatalogue> region() {
        List<RegionCatalogue.Municipality> municipalities = directory.tenants().stream()
                .map(tenant -> new RegionCatalogue.Municipality(tenant.id(), tenant.name(), tenant.cbsCode(),
                        "/api/public/catalogue/" + tenant.id()))
                .toList();
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(new RegionCatalogue(directory.region().id(),
                directory.region().name(), municipalities, catalogue.publishedForRegion()));
    }

    @GetMapping("/{municipality}")
    @Operation(summary = "De catalogus van een gemeente",
            description = "De regionale instrumenten met de waarden van de gemeente, en haar eigen instrumenten. "
                    + "Toont de gemeente werkgevers geen bedragen, dan is 'amount' leeg en 'amountHidden' waar.")
    @ApiResponse(responseCode = "200", description = "De catalogus",
            content = @Content(schema = @Schema(implementation = MunicipalityCatalogue.class)))
    @ApiResponse(responseCode = "404", description = "Geen gemeente van deze regio",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> municipality(@Parameter(description = "Gemeente, bijvoorbeeld 'enschede'") @PathVariable String municipality) {
        Optional<Tenant> tenant = directory.find(municipality);
        Optional<List<PublishedInstrument>> instruments = tenant.flatMap(t -> catalogue.published(t.id()));
        if (tenant.isEmpty() || instruments.isEmpty()) {
            return notFound("Onbekende gemeente: " + municipality);
        }
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(new MunicipalityCatalogue(tenant.get().id(),
                tenant.get().name(), tenant.get().cbsCode(), instruments.get().stream().anyMatch(PublishedInstrument::amountHidden),
                instruments.get()));
    }

    @GetMapping("/{municipality}/{code}")
    @Operation(summary = "Eén instrument van een gemeente (of van de regio, met de naam van de regio als gemeente)")
    @ApiResponse(responseCode = "200", description = "Het instrument",
            content = @Content(schema = @Schema(implementation = PublishedInstrument.class)))
    @ApiResponse(responseCode = "404", description = "Geen gepubliceerd instrument met deze code",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> instrument(@PathVariable String municipality, @PathVariable String code) {
        Optional<PublishedInstrument> instrument = municipality.equals(directory.region().id())
                ? catalogue.publishedForRegion(code)
                : directory.find(municipality).flatMap(tenant -> catalogue.published(tenant.id(), code));
        return instrument.<ResponseEntity<?>>map(found -> ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(found))
                .orElseGet(() -> notFound("Geen gepubliceerd instrument '" + code + "' bij " + municipality));
    }

    /** A 404 with a problem body, answered here so the request never reaches the (login-protected) error page. */
    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
