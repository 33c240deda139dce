package nl.werkbrug.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped centroids of the region's postcode areas and the distance between them. */
class PostcodeAreasTests {

    final PostcodeAreas areas = new PostcodeAreas();

    @Test
    void the_centres_of_enschede_hengelo_and_nijverdal_are_those_looked_up_by_hand() {
        assertThat(areas.centroid("7511")).contains(new PostcodeAreas.Centroid(52.2215, 6.8937));
        assertThat(areas.centroid("7551")).contains(new PostcodeAreas.Centroid(52.2658, 6.7931));
        assertThat(areas.centroid("7441")).contains(new PostcodeAreas.Centroid(52.3622, 6.4639));
        assertThat(areas.centroid("1011")).isEmpty();
    }

    @Test
    void hengelo_7551_to_enschede_7511_is_about_eight_and_a_half_kilometres() {
        // by hand: 0.0443 degrees of latitude x 111.19 km = 4.93 km north-south; 0.1006 degrees of longitude x
        // 111.19 km x cos(52.24 degrees) = 0.6123 gives 6.85 km east-west; sqrt(4.93^2 + 6.85^2) = 8.44 km
        PostcodeAreas.Centroid hengelo = areas.centroid("7551").orElseThrow();
        PostcodeAreas.Centroid enschede = areas.centroid("7511").orElseThrow();

        assertThat(hengelo.kilometresTo(enschede)).isCloseTo(8.44, within(0.05));
        assertThat(enschede.kilometresTo(hengelo)).isCloseTo(8.44, within(0.05));
        assertThat(enschede.kilometresTo(enschede)).isZero();
    }

    @Test
    void every_area_lies_in_twente_and_the_file_names_its_source_licence_and_date() throws IOException {
        String file = new ClassPathResource("pool/postcode-areas.csv").getContentAsString(StandardCharsets.UTF_8);
        List<String> rows = file.lines().filter(line -> !line.startsWith("#")).skip(1).toList();

        assertThat(areas.size()).isEqualTo(rows.size()).isEqualTo(91);
        for (String row : rows) {
            String[] cells = row.split(";");
            assertThat(cells[0]).matches("7[4-6][0-9]{2}");
            assertThat(Double.parseDouble(cells[1])).isBetween(52.10, 52.55);
            assertThat(Double.parseDouble(cells[2])).isBetween(6.35, 7.10);
        }
        assertThat(file).contains("# Licence:", "2026-12-01", "FALLBACK DATA", "Wikipedia/GeoNames");
    }
}
