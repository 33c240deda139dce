package nl.werkbrug.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped points of the region's postcode areas (the 4pp data set, bobdenotter/4pp at commit dd53f85, MIT) and
 * the distance between them.
 */
class PostcodeAreasTests {

    final PostcodeAreas areas = new PostcodeAreas();

    @Test
    void the_points_of_enschede_hengelo_and_nijverdal_are_those_of_the_data_sets_rows() {
        // 4pp.csv rows (id,postcode,woonplaats,alternatieve_schrijfwijzen,gemeente,provincie,netnummer,lat,lon,soort):
        // 3272,7511,"Enschede","","Enschede","Overijssel","053",52.2208328,6.9044681,"Adres"
        // 3296,7551,"Hengelo","Hengelo Ov","Hengelo","Overijssel","074",52.2633239,6.7933816,"Adres"
        // 3241,7441,"Nijverdal","NYVERDAL","Hellendoorn","Overijssel","0548",52.3403365,6.4443436,"Adres"
        assertThat(areas.centroid("7511")).contains(new PostcodeAreas.Centroid(52.2208328, 6.9044681));
        assertThat(areas.centroid("7551")).contains(new PostcodeAreas.Centroid(52.2633239, 6.7933816));
        assertThat(areas.centroid("7441")).contains(new PostcodeAreas.Centroid(52.3403365, 6.4443436));
        // 10,1011,"Amsterdam","","Amsterdam","Noord-Holland","020",52.3729762,4.9039565,"Adres": not in Twente
        assertThat(areas.centroid("1011")).isEmpty();
    }

    @Test
    void po_box_areas_and_the_row_without_a_municipality_are_left_out() {
        // 3295,7550,"Hengelo","Hengelo Ov","Hengelo","Overijssel","074",52.2706755,6.7800031,"Postbus"
        // 3269,7500,"Enschede","","Enschede","Overijssel","053",52.204661,6.8812288,"Postbus"
        // 3380,7686,"Geerdijk","","","Overijssel","0546",52.473871,6.5361971,"Onbekend"
        assertThat(areas.centroid("7550")).isEmpty();
        assertThat(areas.centroid("7500")).isEmpty();
        assertThat(areas.centroid("7686")).isEmpty();
        // 3327,7600,"Almelo","","Almelo","Overijssel","0546",52.3578423,6.6624587,"Adres + Postbus": kept
        assertThat(areas.centroid("7600")).contains(new PostcodeAreas.Centroid(52.3578423, 6.6624587));
    }

    @Test
    void hengelo_7551_to_enschede_7511_is_about_eight_point_nine_kilometres() {
        // by hand (equirectangular at the mean latitude, close to the great circle over 9 km):
        // north-south: 52.2633239 - 52.2208328 = 0.0424911 degrees x 111.195 km = 4.725 km;
        // east-west: 6.9044681 - 6.7933816 = 0.1110865 degrees x 111.195 km x cos(52.2421 degrees);
        //   cos(52.2421) = cos(52) - sin(52) x 0.2421 x pi/180 = 0.61566 - 0.78801 x 0.004225 = 0.61233,
        //   so 0.1110865 x 68.088 = 7.564 km;
        // sqrt(4.725^2 + 7.564^2) = sqrt(22.33 + 57.21) = sqrt(79.54) = 8.92 km
        PostcodeAreas.Centroid hengelo = areas.centroid("7551").orElseThrow();
        PostcodeAreas.Centroid enschede = areas.centroid("7511").orElseThrow();

        assertThat(hengelo.kilometresTo(enschede)).isCloseTo(8.92, within(0.02));
        assertThat(enschede.kilometresTo(hengelo)).isCloseTo(8.92, within(0.02));
        assertThat(enschede.kilometresTo(enschede)).isZero();
    }

    @Test
    void the_areas_within_one_and_a_half_kilometres_of_enschede_7511_are_the_four_worked_out_by_hand() {
        // from 7511 (52.2208328, 6.9044681); 1 degree of latitude 111.195 km, of longitude 111.195 x cos(52.22) =
        // 68.12 km; rows 3273 7512, 3275 7514, 3283 7533, 3274 7513, 3281 7531 of 4pp.csv:
        // 7512 (52.2145553, 6.897759):  sqrt((0.0062775 x 111.195)^2 + (0.0067091 x 68.12)^2) = sqrt(0.698^2 + 0.457^2) = 0.834
        // 7514 (52.2254703, 6.893632):  sqrt(0.516^2 + 0.738^2) = 0.900
        // 7533 (52.2212553, 6.9199987): sqrt(0.047^2 + 1.058^2) = 1.059
        // 7513 (52.2167592, 6.882893):  sqrt(0.453^2 + 1.470^2) = 1.538, just outside
        // 7531 (52.2305594, 6.9206166): sqrt(1.082^2 + 1.100^2) = 1.543, just outside
        var near = areas.within(areas.centroid("7511").orElseThrow(), 1.5);

        assertThat(near).containsOnlyKeys("7511", "7512", "7514", "7533");
        assertThat(near.get("7511")).isZero();
        assertThat(near.get("7512")).isCloseTo(0.834, within(0.005));
        assertThat(near.get("7514")).isCloseTo(0.900, within(0.005));
        assertThat(near.get("7533")).isCloseTo(1.059, within(0.005));
        assertThat(areas.within(areas.centroid("7511").orElseThrow(), 1.54)).containsKey("7513").doesNotContainKey("7531");
    }

    @Test
    void the_file_holds_the_123_address_areas_of_twente_and_names_its_source_and_licence() throws IOException {
        String file = new ClassPathResource("pool/postcode-areas.csv").getContentAsString(StandardCharsets.UTF_8);
        List<String> rows = file.lines().filter(line -> !line.startsWith("#")).skip(1).toList();

        // counted in the data set with (see pool/README.md):
        // git show dd53f859e56db5c658049e5ea42bdc18002cb766:4pp.csv | grep -E '"(Almelo|Borne|Dinkelland|Enschede|
        //   Haaksbergen|Hellendoorn|Hengelo|Hof van Twente|Losser|Oldenzaal|Rijssen-Holten|Tubbergen|Twenterand|
        //   Wierden)","Overijssel"' | grep -c '"Adres'   ->  123 (116 "Adres" + 7 "Adres + Postbus")
        assertThat(areas.size()).isEqualTo(rows.size()).isEqualTo(123);
        for (String row : rows) {
            String[] cells = row.split(";");
            assertThat(cells).hasSize(5);
            assertThat(cells[0]).matches("7[4-6][0-9]{2}");
            assertThat(Double.parseDouble(cells[1])).isBetween(52.10, 52.55);
            assertThat(Double.parseDouble(cells[2])).isBetween(6.35, 7.10);
        }
        assertThat(file).contains("https://github.com/bobdenotter/4pp", "4pp.csv",
                "dd53f859e56db5c658049e5ea42bdc18002cb766", "MIT", "Copyright (c) 2014 Bob den Otter",
                "Permission is hereby granted", "\"Postbus\"", "CBS/PDOK");
    }
}
