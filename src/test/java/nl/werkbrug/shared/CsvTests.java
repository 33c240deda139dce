package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void ordinary_text_and_empty_cells_are_left_alone() {
        assertThat(Csv.cell("consulent.hengelo")).isEqualTo("consulent.hengelo");
        assertThat(Csv.cell("")).isEmpty();
        assertThat(Csv.cell(null)).isNull();
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void text_cells_that_look_like_formulas_are_defused_and_numbers_are_not() {
        String csv = new String(Csv.write(List.of("Naam", "Aantal"),
                List.of(Arrays.asList("=1+1", -3), Arrays.asList(null, 4))), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFNaam;Aantal\r\n'=1+1;-3\r\n;4\r\n");
    }
}
