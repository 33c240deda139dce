package nl.werkbrug.tenancy.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves each municipality's stylesheet and logo from its {@code tenant.yaml}, open to everyone. */
@RestController
class BrandingController {

    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    private final TenantDirectory directory;
    private final TenantBranding branding;

    BrandingController(TenantDirectory directory, TenantBranding branding) {
        this.directory = directory;
        this.branding = branding;
    }

    @GetMapping("/branding/{tenant}.css")
    ResponseEntity<String> stylesheet(@PathVariable String tenant) {
        return directory.find(tenant)
                .map(found -> ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(branding.stylesheet(found)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/branding/{tenant}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String tenant) throws IOException {
        Path image = directory.find(tenant).map(Tenant::brand).map(brand -> brand.logoImage()).orElse(null);
        if (image == null || !Files.isRegularFile(image)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaTypeFactory.getMediaType(image.getFileName().toString())
                        .orElse(MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(Files.readAllBytes(image));
    }
}
