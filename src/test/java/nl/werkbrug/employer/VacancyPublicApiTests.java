package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** The vacancy lifecycle through the service, and the anonymous schema.org JobPosting API. */
@IntegrationTest
class VacancyPublicApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Vacancies vacancies;

    @Autowired
    EmployerRegistrations registrations;

    static PortalUser employee;
    static PortalUser otherCompany;

    @BeforeEach
    void companies() {
        if (employee == null) {
            EmployerSummary lassers = VacancySupport.anonymously(() -> registrations.register(
                    VacancySupport.company("81234567", "Lasbedrijf Stork-Oost B.V.", "api.lassers")));
            employee = VacancySupport.employerUser("api.lasser", lassers.id(), EmployerRole.EMPLOYER_USER);
            EmployerSummary other = VacancySupport.anonymously(() -> registrations.register(
                    VacancySupport.company("81234568", "Andere Werkgever B.V.", "api.andere")));
            otherCompany = VacancySupport.employerUser("api.andere", other.id(), EmployerRole.EMPLOYER_ADMIN);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/ld+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_published_vacancy_is_a_schema_org_job_posting_for_anyone_and_a_concept_or_closed_one_is_not() throws Exception {
        VacancyDetail concept = TestUsers.as(employee, () -> vacancies.create(VacancySupport.welder("Lasser MIG/MAG <b>32 uur</b>")));
        assertThat(concept.status()).isEqualTo(VacancyStatus.CONCEPT);
        assertThat(get("/api/public/vacancies/" + concept.id()).statusCode()).isEqualTo(404);

        VacancyDetail published = TestUsers.as(employee, () -> vacancies.publish(concept.id()));

        HttpResponse<String> one = get("/api/public/vacancies/" + published.id());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        DocumentContext posting = JsonPath.parse(one.body());
        assertThat(posting.read("$['@context']", String.class)).isEqualTo("https://schema.org");
        assertThat(posting.read("$['@type']", String.class)).isEqualTo("JobPosting");
        assertThat(posting.read("$.title", String.class)).isEqualTo("Lasser MIG/MAG <b>32 uur</b>");
        assertThat(posting.read("$.description", String.class))
                .isEqualTo("<p>Je last frames voor landbouwmachines.</p><p>We werken in dagdienst.</p>");
        assertThat(posting.read("$.datePosted", String.class)).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(posting.read("$.validThrough", String.class)).isEqualTo(LocalDate.now(DutchTime.ZONE).plusMonths(2).toString());
        assertThat(posting.read("$.employmentType", List.class)).containsExactly("PART_TIME", "TEMPORARY");
        assertThat(posting.read("$.hiringOrganization.name", String.class)).isEqualTo("Lasbedrijf Stork-Oost B.V.");
        assertThat(posting.read("$.hiringOrganization.identifier.value", String.class)).isEqualTo("81234567");
        assertThat(posting.read("$.jobLocation.address['@type']", String.class)).isEqualTo("PostalAddress");
        assertThat(posting.read("$.jobLocation.address.postalCode", String.class)).isEqualTo("7554 RR");
        assertThat(posting.read("$.jobLocation.address.addressLocality", String.class)).isEqualTo("Hengelo");
        assertThat(posting.read("$.workHours", String.class)).isEqualTo("32 uur per week");
        assertThat(posting.read("$.occupationalCategory.codeValue", String.class)).isEqualTo("7212");
        assertThat(posting.read("$.occupationalCategory.inCodeSet", String.class)).isEqualTo("ISCO-08");
        assertThat(posting.read("$.totalJobOpenings", Integer.class)).isEqualTo(2);
        assertThat(one.body()).doesNotContain("Vaste collega als maatje").doesNotContain("banenafspraak");

        List<Map<String, Object>> all = JsonPath.parse(get("/api/public/vacancies").body()).read("$[?(@.title == 'Lasser MIG/MAG <b>32 uur</b>')]");
        assertThat(all).hasSize(1);

        TestUsers.as(employee, () -> vacancies.close(published.id()));
        assertThat(get("/api/public/vacancies/" + published.id()).statusCode()).isEqualTo(404);
        assertThat(get("/api/public/vacancies").body()).doesNotContain("Lasser MIG/MAG");

        VacancyDetail reopened = TestUsers.as(employee, () -> vacancies.reopen(published.id()));
        assertThat(reopened.status()).isEqualTo(VacancyStatus.PUBLISHED);
        assertThat(get("/api/public/vacancies/" + published.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void another_company_cannot_touch_the_vacancy_and_the_lifecycle_refuses_wrong_steps() {
        VacancyDetail vacancy = TestUsers.as(employee, () -> vacancies.create(VacancySupport.welder("Plaatwerker")));

        assertThatThrownBy(() -> TestUsers.as(otherCompany, () -> vacancies.update(vacancy.id(), VacancySupport.welder("Gekaapt"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(otherCompany, () -> vacancies.publish(vacancy.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as(otherCompany, () -> vacancies.mine(vacancy.id()))).isEmpty();
        assertThatThrownBy(() -> TestUsers.as(employee, () -> vacancies.close(vacancy.id())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TestUsers.as(employee, () -> vacancies.reopen(vacancy.id())))
                .isInstanceOf(IllegalStateException.class);
        // Consultants see published vacancies only, and only with an active municipality.
        assertThatThrownBy(() -> TestUsers.as(TestUsers.consultant("consulent.x", "enschede"), () -> vacancies.published(VacancyFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as(TestUsers.consultant("consulent.x", "enschede"), "enschede",
                () -> vacancies.publishedVacancy(vacancy.id()))).isEmpty();
    }

    @Test
    void html_in_the_description_is_sanitised_before_it_is_stored() {
        VacancyDraft draft = VacancySupport.welder("Monteur");
        VacancyDraft dirty = new VacancyDraft(draft.title(), "<p onmouseover=\"x()\">Monteren<script>alert(1)</script></p>",
                "7233", draft.hoursPerWeek(), draft.postcode(), draft.place(), ContractType.PERMANENT, null, null, null,
                "", "", "", 1, false, false);

        VacancyDetail saved = TestUsers.as(employee, () -> vacancies.create(dirty));

        assertThat(saved.descriptionHtml()).isEqualTo("<p>Monteren</p>");
        assertThat(saved.contractMonths()).isNull();
    }
}
