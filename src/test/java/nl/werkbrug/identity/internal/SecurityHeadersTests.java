package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the browser test cannot see over plain http (issue 13, finding 9): HSTS on every HTTPS response, and links in
 * mail that come from the configured base URL whatever Host and X-Forwarded-Host a request carries.
 */
@IntegrationTest
class SecurityHeadersTests {

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void an_https_request_gets_hsts_for_two_years_with_subdomains_and_the_other_headers() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(true);
        request.setScheme("https");
        request.setServerPort(443);
        MockHttpServletResponse response = new MockHttpServletResponse();

        securityFilters.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=63072000 ; includeSubDomains");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
    }

    @Test
    void a_link_in_mail_comes_from_the_base_url_whatever_host_the_request_names() {
        MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/werkgever/registreren");
        forged.setServerName("evil.example");
        forged.addHeader("Host", "evil.example");
        forged.addHeader("X-Forwarded-Host", "evil.example");
        forged.addHeader("X-Forwarded-Proto", "http");
        forged.addHeader("Forwarded", "host=evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));
        try {
            PlatformProperties production = new PlatformProperties("https://werkbrug.twente.example/",
                    new PlatformProperties.Mail(false, "Werkbrug <noreply@twente.example>", false));

            assertThat(production.link("werkgever/uitnodiging/abc123"))
                    .isEqualTo("https://werkbrug.twente.example/werkgever/uitnodiging/abc123");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
