package nl.werkbrug.catalogue;

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

import org.junit.jupiter.api.Test;

/** Keys the catalogue composes at run time (vocabulary labels, reasons) exist in Dutch and English. */
class CatalogueTranslationTests {

    static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void every_vocabulary_value_has_a_dutch_and_an_english_label() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Source value : Source.values()) keys.add(value.labelKey());
        for (Goal value : Goal.values()) keys.add(value.labelKey());
        for (TargetGroup value : TargetGroup.values()) keys.add(value.labelKey());
        for (ChainStage value : ChainStage.values()) keys.add(value.labelKey());
        for (Applicant value : Applicant.values()) keys.add(value.labelKey());
        for (FundingLine value : FundingLine.values()) keys.add(value.labelKey());
        for (EmployerNeed value : EmployerNeed.values()) keys.add(value.labelKey());
        for (BenefitType value : BenefitType.values()) keys.add(value.labelKey());
        for (AmountKind value : AmountKind.values()) keys.add(value.labelKey());
        for (LocalField value : LocalField.values()) keys.add(value.labelKey());

        for (String bundle : List.of("translations_nl.properties", "translations_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @Test
    void every_reason_the_rules_give_has_a_dutch_and_an_english_text() throws IOException {
        Matcher reasons = Pattern.compile("Reason\\.of\\(\"([a-z-]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/nl/werkbrug/catalogue/ApplicabilityRules.java")));
        Set<String> keys = new TreeSet<>();
        while (reasons.find()) {
            keys.add("catalogue.reason." + reasons.group(1));
        }

        assertThat(keys).hasSizeGreaterThan(15);
        for (String bundle : List.of("translations_nl.properties", "translations_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
