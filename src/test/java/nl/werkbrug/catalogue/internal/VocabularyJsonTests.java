package nl.werkbrug.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.FundingLine;
import nl.werkbrug.catalogue.TargetGroup;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** The catalogue's vocabularies are stored and read as slugs and labelled through keys of the nl/en bundles. */
class VocabularyJsonTests {

    @Test
    void a_vocabulary_word_is_written_and_read_as_its_slug() {
        String json = CatalogueJson.write(List.of(FundingLine.PARTICIPATIEBUDGET_KLASSIEK, FundingLine.BUIG));

        assertThat(json).isEqualTo("[\"participatiebudget-klassiek\",\"buig\"]");
        assertThat(CatalogueJson.read(json, new TypeReference<List<FundingLine>>() { }))
                .containsExactly(FundingLine.PARTICIPATIEBUDGET_KLASSIEK, FundingLine.BUIG);
        assertThat(CatalogueJson.write(AmountKind.PERCENTAGE_WML)).isEqualTo("\"percentage-wml\"");
    }

    @Test
    void an_unknown_slug_is_refused_naming_the_allowed_ones() {
        assertThatThrownBy(() -> CatalogueJson.read("[\"heel-veel\"]", new TypeReference<List<AmountKind>>() { }))
                .hasMessageContaining("'heel-veel' is not one of: niet-vermeld, geen, eenmalig");
    }

    @Test
    void the_label_key_is_the_vocabulary_group_and_the_slug() {
        assertThat(FundingLine.BUIG.labelKey()).isEqualTo("catalogue.funding.buig");
        assertThat(TargetGroup.DOELGROEP_BANENAFSPRAAK.labelKey()).isEqualTo("catalogue.target-group.doelgroep-banenafspraak");
        assertThat(AmountKind.PER_MAAND.labelKey()).isEqualTo("catalogue.amount.per-maand");
    }
}
