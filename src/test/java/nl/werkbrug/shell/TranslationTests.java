package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.shared.Labelled;
import org.junit.jupiter.api.Test;

/** Dutch and English translations stay in step, every key the code uses exists, and views hold no literal texts. */
class TranslationTests {

    static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern KEY_USE = Pattern.compile("(?:getTranslation|NavigationEntry)\\(\\s*\"([a-z][a-z0-9.-]*[a-z0-9])\"");
    static final Pattern ROUTE = Pattern.compile("@Route\\((?:value\\s*=\\s*)?\"([^\"]*)\"");
    static final Pattern LITERAL_TEXT = Pattern.compile(
            "new (?:Span|H1|H2|H3|H4|Paragraph|Button|Label|NativeLabel|TextField|Checkbox|Tab|SideNavItem)\\(\\s*\"[^\"]*[A-Za-z]{2}"
                    // an anchor's first argument is its href; its text is the second
                    + "|new Anchor\\([^,()]*(?:\\([^()]*\\))?[^,()]*,\\s*\"[^\"]*[A-Za-z]{2}"
                    + "|\\.(?:setText|setLabel|setHeader|setPlaceholder|setHelperText|setTitle|setAriaLabel|setEmptyStateText)\\(\\s*\"[^\"]*[A-Za-z]{2}");

    @Test
    void dutch_and_english_have_the_same_keys() throws IOException {
        assertThat(load("translations_en.properties").stringPropertyNames())
                .isEqualTo(load("translations_nl.properties").stringPropertyNames());
    }

    @Test
    void the_default_bundle_holds_no_keys() throws IOException {
        assertThat(load("translations.properties")).isEmpty();
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> dutch = load("translations_nl.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(source));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(dutch).containsAll(used);
    }

    @Test
    void keys_composed_at_run_time_are_translated() throws IOException {
        Set<String> dutch = load("translations_nl.properties").stringPropertyNames();
        for (TenantRole role : TenantRole.values()) {
            assertThat(dutch).contains("role." + role.name());
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(dutch).contains("audit.action." + action.name());
        }
        for (Class<? extends Labelled> vocabulary : List.of(nl.werkbrug.candidates.Benefit.class,
                nl.werkbrug.candidates.DoelgroepFlag.class, nl.werkbrug.candidates.WorkObligation.class,
                nl.werkbrug.candidates.Obstacle.class, nl.werkbrug.candidates.EducationLevel.class,
                nl.werkbrug.candidates.LanguageLevel.class, nl.werkbrug.candidates.IntakeOutcome.class,
                nl.werkbrug.candidates.Diagnosis.class, nl.werkbrug.candidates.OutflowReason.class,
                nl.werkbrug.candidates.ContactKind.class, nl.werkbrug.candidates.FileStatus.class,
                nl.werkbrug.candidates.TrajectoryStatus.class)) {
            for (Labelled value : vocabulary.getEnumConstants()) {
                assertThat(dutch).contains(value.labelKey());
            }
        }
        for (int rung = 0; rung <= 6; rung++) {
            assertThat(dutch).contains("candidates.rung." + rung);
        }
        for (String kind : List.of("forbidden", "not-found", "server")) {
            assertThat(dutch).contains("error." + kind + ".title", "error." + kind + ".message");
        }
        // platform.Formats reads these itself, for letters as well as views
        assertThat(dutch).contains("formats.deadline", "formats.deadline.overdue", "formats.deadline.suspended");
    }

    @Test
    void every_route_has_a_title_for_the_first_response() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path source : javaSources()) {
            ROUTE.matcher(Files.readString(source)).results().map(route -> route.group(1))
                    // gemeente/:tenant/beheer -> page-title.gemeente.tenant.beheer, "" -> page-title.home
                    .map(template -> "page-title." + (template.isEmpty() ? "home" : template.replaceAll("[:?]", "").replace('/', '.')))
                    .forEach(keys::add);
        }
        assertThat(keys).contains("page-title.home", "page-title.login", "page-title.gemeente.tenant.beheer");
        assertThat(load("translations_nl.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void views_contain_no_literal_user_texts() throws IOException {
        List<String> offenders = javaSources().stream()
                .filter(source -> source.toString().contains("/ui/"))
                .flatMap(source -> {
                    try {
                        return Files.readAllLines(source).stream().filter(line -> LITERAL_TEXT.matcher(line).find())
                                .map(line -> source + ": " + line.strip());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(offenders).isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
