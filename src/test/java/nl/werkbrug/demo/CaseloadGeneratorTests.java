package nl.werkbrug.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.ImportedFile;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.WorkObligation;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo caseload generator on its own (no database): deterministic, test BSNs only, proportions as the sources
 * report them. Tolerances: three standard deviations of a share p over 150 files, sqrt(p(1-p)/150), worked out below.
 */
class CaseloadGeneratorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final CaseloadGenerator generator = new CaseloadGenerator();

    List<ImportedFile> hengelo() {
        return generator.generate(municipality("hengelo"), TODAY, 8);
    }

    static CaseloadGenerator.Municipality municipality(String tenantId) {
        return CaseloadGenerator.MUNICIPALITIES.stream().filter(m -> m.tenantId().equals(tenantId)).findFirst()
                .orElseThrow();
    }

    static double percent(List<ImportedFile> files, Predicate<ImportedFile> which) {
        return 100.0 * files.stream().filter(which).count() / files.size();
    }

    static int rung(ImportedFile file) {
        return file.ladder().isEmpty() ? 0 : file.ladder().getLast().rung();
    }

    @Test
    void the_same_seed_and_day_give_the_same_files() {
        List<ImportedFile> first = hengelo();
        List<ImportedFile> second = new CaseloadGenerator().generate(municipality("hengelo"), TODAY, 8);

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSize(160);
        assertThat(generator.generate(municipality("borne"), TODAY, 8).getFirst().identity())
                .isNotEqualTo(first.getFirst().identity());
    }

    @Test
    void every_municipality_has_at_least_150_files_with_test_bsns_that_pass_the_elfproef() {
        Set<String> all = new HashSet<>();
        int files = 0;
        for (CaseloadGenerator.Municipality municipality : CaseloadGenerator.MUNICIPALITIES) {
            List<ImportedFile> caseload = generator.generate(municipality, TODAY, 8);
            assertThat(caseload).hasSizeGreaterThanOrEqualTo(150);
            for (ImportedFile file : caseload) {
                String bsn = file.identity().bsn();
                assertThat(bsn).matches("9999[0-9]{5}");
                int sum = 9 * digit(bsn, 0) + 8 * digit(bsn, 1) + 7 * digit(bsn, 2) + 6 * digit(bsn, 3)
                        + 5 * digit(bsn, 4) + 4 * digit(bsn, 5) + 3 * digit(bsn, 6) + 2 * digit(bsn, 7) - digit(bsn, 8);
                assertThat(sum % 11).as(bsn).isZero();
                all.add(bsn);
                files++;
            }
        }
        assertThat(all).as("no BSN twice, not even across municipalities").hasSize(files);
    }

    static int digit(String bsn, int index) {
        return bsn.charAt(index) - '0';
    }

    @Test
    void rungs_follow_hengelos_expected_positions_and_hellendoorns_table() {
        List<ImportedFile> hengelo = hengelo();
        // 5.9.7: rungs 2 and 3 together 22.2 + 28.8 = 51%; 3 sd = 3 * sqrt(.51 * .49 / 150) = 12.2 points.
        assertThat(percent(hengelo, file -> rung(file) == 2 || rung(file) == 3)).isBetween(38.8, 63.2);
        // 5.9.7: rungs 5 and 6 together 18.1 + 7.4 = 25.5%; 3 sd = 10.7 points.
        assertThat(percent(hengelo, file -> rung(file) >= 5)).isBetween(14.8, 36.2);
        // Hellendoorn table 8: rungs 1-3 "55 %" of those placed, 92.4% placed: 50.8%; 3 sd = 12.2 points.
        List<ImportedFile> hellendoorn = generator.generate(municipality("hellendoorn"), TODAY, 8);
        assertThat(percent(hellendoorn, file -> rung(file) >= 1 && rung(file) <= 3)).isBetween(38.6, 63.0);
    }

    @Test
    void obligations_obstacles_and_statushouders_follow_the_hengelo_tables() {
        List<ImportedFile> hengelo = hengelo();
        // 5.9.5: full or partial exemption 42%; 3 sd = 3 * sqrt(.42 * .58 / 150) = 12.1 points.
        assertThat(percent(hengelo, file -> file.obligations().getLast().kind() != WorkObligation.OPGELEGD))
                .isBetween(29.9, 54.1);
        // 5.9.10: no obstacle of the table 28%; 3 sd = 11.0 points (language, not in the table, left out).
        assertThat(percent(hengelo, file -> obstacles(file).stream().allMatch(o -> o == Obstacle.TAAL)))
                .isBetween(17.0, 39.0);
        // 5.9.10: low education 32% (a little more where "some obstacle" is drawn again); 3 sd = 11.4 points.
        assertThat(percent(hengelo, file -> obstacles(file).contains(Obstacle.LAGE_OPLEIDING))).isBetween(20.6, 45.0);
        // 5.9.8 with 5.9.2: statushouders 399 of 2,377 = 17%; 3 sd = 9.2 points.
        assertThat(percent(hengelo, file -> file.flags().stream().anyMatch(f -> f.flag() == DoelgroepFlag.STATUSHOUDER)))
                .isBetween(7.8, 26.2);
    }

    static Set<Obstacle> obstacles(ImportedFile file) {
        return file.obstacles().isEmpty() ? Set.of() : file.obstacles().getFirst().obstacles();
    }

    @Test
    void every_file_has_a_yearly_ladder_history_and_nothing_dated_before_its_opening_or_after_today() {
        for (ImportedFile file : hengelo()) {
            assertThat(file.fileNumber()).startsWith("DEMO-");
            assertThat(file.ladder().size()).as(file.fileNumber()).isBetween(rung(file) == 0 ? 0 : 1, 3);
            for (int i = 1; i < file.ladder().size(); i++) {
                assertThat(ChronoUnit.DAYS.between(file.ladder().get(i - 1).assessedOn(), file.ladder().get(i).assessedOn()))
                        .as("yearly, give or take three weeks: " + file.fileNumber()).isGreaterThanOrEqualTo(365 - 21);
            }
            assertThat(file.openedOn()).isBeforeOrEqualTo(TODAY);
            file.ladder().forEach(step -> assertThat(step.assessedOn()).isBetween(file.openedOn(), TODAY));
            file.contacts().forEach(contact -> assertThat(contact.heldOn()).isBetween(file.openedOn(), TODAY));
            file.deployments().forEach(deployment -> assertThat(deployment.plan().start())
                    .isBetween(file.openedOn(), file.outflow() == null ? TODAY : file.outflow().on()));
            FileEntry.OutflowEntry outflow = file.outflow();
            if (outflow != null) {
                file.contacts().forEach(contact -> assertThat(contact.heldOn()).isBeforeOrEqualTo(outflow.on()));
            }
        }
    }

    @Test
    void every_demo_postcode_area_is_an_address_area_of_its_place_in_the_shipped_postcode_file() throws IOException {
        // pc4 -> place from pool/postcode-areas.csv (the 4pp data set's woonplaats), so the pool's distance search
        // finds every demo candidate
        Map<Integer, String> shipped = new java.util.HashMap<>();
        new ClassPathResource("pool/postcode-areas.csv").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.startsWith("pc4"))
                .map(line -> line.split(";")).forEach(cells -> shipped.put(Integer.valueOf(cells[0]), cells[3]));

        int areas = 0;
        for (CaseloadGenerator.Municipality municipality : CaseloadGenerator.MUNICIPALITIES) {
            municipality.pc4().forEach((area, place) -> assertThat(shipped).as("PC4 " + area).containsEntry(area, place));
            areas += municipality.pc4().size();
            for (ImportedFile file : generator.generate(municipality, TODAY, 8)) {
                assertThat(shipped).containsKey(Integer.valueOf(file.identity().postcode().substring(0, 4)));
            }
        }
        // Enschede 18, Hengelo 9, Borne 3, Haaksbergen 3, Hellendoorn 4
        assertThat(areas).isEqualTo(37);
    }
}
