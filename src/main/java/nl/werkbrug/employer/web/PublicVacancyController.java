package nl.werkbrug.employer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.shared.DutchTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published vacancies of the region for job sites and municipal websites, as schema.org {@code JobPosting} in
 * JSON-LD. Anonymous (GET {@code /api/public/**} needs no login); carries no personal data.
 */
@RestController
@RequestMapping(path = "/api/public/vacancies", produces = {"application/ld+json", "application/json"})
class PublicVacancyController {

    static final double FULL_TIME_HOURS = 36;

    private final Vacancies vacancies;

    PublicVacancyController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping
    List<Map<String, Object>> all() {
        return vacancies.publicVacancies().stream().map(PublicVacancyController::jobPosting).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable long id) {
        return vacancies.publicVacancy(id).map(PublicVacancyController::jobPosting).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    static Map<String, Object> jobPosting(VacancyDetail vacancy) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "werkbrug-vacature",
                "value", String.valueOf(vacancy.id())));
        posting.put("title", vacancy.title());
        posting.put("description", vacancy.descriptionHtml());
        if (vacancy.publishedAt() != null) {
            posting.put("datePosted", vacancy.publishedAt().atZone(DutchTime.ZONE).toLocalDate().toString());
        }
        if (vacancy.validThrough() != null) {
            posting.put("validThrough", vacancy.validThrough().toString());
        }
        posting.put("employmentType", employmentType(vacancy));
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", vacancy.employerName(),
                "identifier", Map.of("@type", "PropertyValue", "propertyID", "KvK-nummer", "value", vacancy.employerKvk())));
        posting.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                "postalCode", vacancy.postcode(), "addressLocality", vacancy.place(), "addressCountry", "NL")));
        posting.put("workHours", hours(vacancy.hoursPerWeek()) + " uur per week");
        posting.put("occupationalCategory", Map.of("@type", "CategoryCode", "inCodeSet", "ISCO-08",
                "codeValue", vacancy.occupation().iscoCode(), "name", vacancy.occupation().title()));
        posting.put("totalJobOpenings", vacancy.places());
        if (vacancy.startDate() != null) {
            posting.put("jobStartDate", vacancy.startDate().toString());
        }
        if (!vacancy.requirements().isBlank()) {
            posting.put("qualifications", vacancy.requirements());
        }
        if (!vacancy.skills().isBlank()) {
            posting.put("skills", vacancy.skills());
        }
        return posting;
    }

    private static List<String> employmentType(VacancyDetail vacancy) {
        List<String> types = new ArrayList<>();
        types.add(vacancy.hoursPerWeek().doubleValue() >= FULL_TIME_HOURS ? "FULL_TIME" : "PART_TIME");
        if (vacancy.contractType() == ContractType.TEMPORARY) {
            types.add("TEMPORARY");
        } else if (vacancy.contractType() == ContractType.ON_CALL) {
            types.add("PER_DIEM");
        } else if (vacancy.contractType() == ContractType.TRAINEESHIP) {
            types.add("INTERN");
        }
        return types;
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
