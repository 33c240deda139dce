package nl.werkbrug.catalogue;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A tenant admin's changes: versioned, audited, checked, and only in their own municipality. */
@IntegrationTest
class CatalogueAdministrationTests {

    @Autowired
    CatalogueAdministration administration;
    @Autowired
    InstrumentCatalogue catalogue;
    @Autowired
    AuditLog auditLog;

    final PortalUser hengeloAdmin = withTenantRole("adm-hengelo", "hengelo", TenantRole.TENANT_ADMIN);
    final PortalUser enschedeAdmin = withTenantRole("adm-enschede", "enschede", TenantRole.TENANT_ADMIN);
    final PortalUser haaksbergenAdmin = withTenantRole("adm-haaksbergen", "haaksbergen", TenantRole.TENANT_ADMIN);

    private CatalogueEntry hengelo(String code) {
        return as(hengeloAdmin, "hengelo", () -> administration.entry(code)).orElseThrow();
    }

    private static InstrumentContent withShortDescription(InstrumentContent content, String text) {
        return new InstrumentContent(content.name(), text, content.description(), content.source(), content.goals(),
                content.targetGroups(), content.targetGroupText(), content.chainStage(), content.appliesBy(),
                content.decidedBy(), content.provider(), content.funding(), content.employerNeed(), content.amount(),
                content.maxDuration(), content.capacity(), content.conditions(), content.requestDeadline(),
                content.decisionTerm(), content.requiredDocuments(), content.validFrom(), content.validTo(),
                content.hideAmountsFromEmployers(), content.sources());
    }

    @Test
    void an_enschede_admin_cannot_read_or_change_hengelos_catalogue() {
        InstrumentContent content = hengelo("leren-en-werken").content();

        assertThatThrownBy(() -> as(enschedeAdmin, "hengelo", () -> administration.list(CatalogueFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschedeAdmin, "hengelo", () -> administration.update("leren-en-werken",
                withShortDescription(content, "Gewijzigd door Enschede"), LocalDate.now(DutchTime.ZONE), "poging")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschedeAdmin, "hengelo", () -> {
            administration.setHideAmountsFromEmployers(false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(hengelo("leren-en-werken").content().shortDescription()).isNotEqualTo("Gewijzigd door Enschede");
    }

    @Test
    void an_unchanged_catalogue_is_not_built_again_and_a_changed_setting_is_seen_by_the_next_read() {
        // the same entry object twice: the second read came from the last build (CatalogueStore's fingerprint)
        assertThat(hengelo("leren-en-werken")).isSameAs(hengelo("leren-en-werken"));
        boolean hidden = as(hengeloAdmin, "hengelo", () -> administration.hidesAmountsFromEmployers());
        try {
            // the setting row is changed in place: its xmin changes, so the next read builds again
            as(hengeloAdmin, "hengelo", () -> {
                administration.setHideAmountsFromEmployers(!hidden);
                return null;
            });
            assertThat(hengelo("leren-en-werken").amountsHidden()).isEqualTo(!hidden || hengelo("leren-en-werken")
                    .content().hideAmountsFromEmployers());
            assertThat(hengelo("leren-en-werken")).isSameAs(hengelo("leren-en-werken"));
        } finally {
            as(hengeloAdmin, "hengelo", () -> {
                administration.setHideAmountsFromEmployers(hidden);
                return null;
            });
        }
        assertThat(hengelo("leren-en-werken").amountsHidden()).isEqualTo(hidden || hengelo("leren-en-werken")
                .content().hideAmountsFromEmployers());
    }

    @Test
    void a_consultant_is_no_tenant_admin() {
        assertThatThrownBy(() -> as(consultant("con-hengelo", "hengelo"), "hengelo", () -> administration.list(CatalogueFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_becomes_a_new_version_is_audited_and_is_published_while_the_old_version_stays() {
        String text = "Werken en leren tegelijk, test " + UUID.randomUUID().toString().substring(0, 8) + ".";
        CatalogueEntry before = hengelo("leren-en-werken");
        int versionsBefore = as(hengeloAdmin, "hengelo", () -> administration.history("leren-en-werken")).size();

        CatalogueEntry after = as(hengeloAdmin, "hengelo", () -> administration.update("leren-en-werken",
                withShortDescription(before.content(), text), LocalDate.now(DutchTime.ZONE), "Tekst verduidelijkt"));

        assertThat(after.content().shortDescription()).isEqualTo(text);
        assertThat(after.version().versionId()).isNotEqualTo(before.version().versionId());
        List<InstrumentVersion> history = as(hengeloAdmin, "hengelo", () -> administration.history("leren-en-werken"));
        assertThat(history).hasSize(versionsBefore + 1);
        assertThat(history.getFirst().createdBy()).isEqualTo("adm-hengelo");
        assertThat(history.getFirst().fromFile()).isFalse();
        assertThat(history).extracting(InstrumentVersion::id).contains(before.version().versionId());
        assertThat(catalogue.published("hengelo", "leren-en-werken")).get()
                .satisfies(published -> assertThat(published.shortDescription()).isEqualTo(text));
        // The audit trail records the change from its event, shortly after the commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            List<AuditEntry> audit = as(hengeloAdmin, "hengelo", () -> auditLog.tenantEntries(
                    new AuditQuery(AuditAction.CATALOGUE_CHANGED, "adm-hengelo", null, null, 20)));
            assertThat(audit).anySatisfy(entry -> {
                assertThat(entry.subject()).isEqualTo("instrument:leren-en-werken");
                assertThat(entry.detail()).contains("Tekst verduidelijkt");
                assertThat(entry.tenantId()).isEqualTo("hengelo");
            });
        });
    }

    @Test
    void a_rejected_change_saves_nothing_and_audits_nothing() {
        CatalogueEntry before = hengelo("perspectiefjaar");
        int versionsBefore = as(hengeloAdmin, "hengelo", () -> administration.history("perspectiefjaar")).size();
        int auditBefore = as(hengeloAdmin, "hengelo", () -> auditLog.tenantEntries(
                new AuditQuery(AuditAction.CATALOGUE_CHANGED, null, null, null, 1000))).size();

        assertThatThrownBy(() -> as(hengeloAdmin, "hengelo", () -> administration.update("perspectiefjaar",
                withShortDescription(before.content(), "Nu met een premie van € 500"), LocalDate.now(DutchTime.ZONE), "bedrag")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(FieldProblem.of("shortDescription", "catalogue.admin.error.amount-in-text")));

        assertThat(as(hengeloAdmin, "hengelo", () -> administration.history("perspectiefjaar"))).hasSize(versionsBefore);
        assertThat(as(hengeloAdmin, "hengelo", () -> auditLog.tenantEntries(
                new AuditQuery(AuditAction.CATALOGUE_CHANGED, null, null, null, 1000)))).hasSize(auditBefore);
    }

    @Test
    void dutch_full_text_search_finds_loonkostensubsidie_when_typed_as_loonkosten() {
        List<String> found = as(enschedeAdmin, "enschede", () -> administration.list(CatalogueFilter.ALL.withText("loonkosten")))
                .stream().map(CatalogueEntry::code).toList();

        assertThat(found).contains("loonkostensubsidie", "loonkostenvoordeel").doesNotContain("proefplaatsing", "uitstroombonus");
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(CatalogueFilter.ALL.withText("proefplaatsingen"))))
                .extracting(CatalogueEntry::code).contains("proefplaatsing");
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(CatalogueFilter.ALL.withText("bonus organisatie"))))
                .extracting(CatalogueEntry::code).containsExactly("uitstroombonus");
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(CatalogueFilter.ALL.withText("'); drop table x; --"))))
                .isEmpty();
    }

    @Test
    void the_list_filters_by_goal_target_group_chain_stage_applicant_source_and_active_period() {
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(
                new CatalogueFilter(null, null, null, null, Source.BELASTING, null, null))))
                .extracting(CatalogueEntry::code).containsExactly("loonkostenvoordeel");
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(
                new CatalogueFilter(null, null, ChainStage.MEEDOEN, null, null, null, null))))
                .extracting(CatalogueEntry::code).contains("maatschappelijke-tegenprestatie", "rap-methodiek").doesNotContain("proefplaatsing");
        assertThat(as(enschedeAdmin, "enschede", () -> administration.list(
                new CatalogueFilter(Goal.STIMULEREN, TargetGroup.STUDENTEN_MET_ARBEIDSBEPERKING, null, Applicant.KANDIDAAT, null, null, null))))
                .extracting(CatalogueEntry::code).containsExactly("individuele-studietoeslag");
        assertThat(as(hengeloAdmin, "hengelo", () -> administration.list(CatalogueFilter.ALL.withActiveOn(LocalDate.of(2019, 6, 1)))))
                .extracting(CatalogueEntry::code).contains("perspectiefjaar", "matchen-op-werk");
        assertThat(as(hengeloAdmin, "hengelo", () -> administration.list(CatalogueFilter.ALL.withActiveOn(LocalDate.now(DutchTime.ZONE)))))
                .extracting(CatalogueEntry::code).doesNotContain("perspectiefjaar", "matchen-op-werk").contains("leren-en-werken");
    }

    @Test
    void a_municipality_sets_only_the_regional_fields_the_region_allows() {
        CatalogueEntry lks = as(haaksbergenAdmin, "haaksbergen", () -> administration.entry("loonkostensubsidie")).orElseThrow();
        InstrumentOverride amount = new InstrumentOverride(AmountRule.NOT_STATED, null, null, null, null, null, null, null,
                null, null, null, LocalDate.now(DutchTime.ZONE), List.of());
        assertThatThrownBy(() -> as(haaksbergenAdmin, "haaksbergen", () -> administration.setLocalValues("loonkostensubsidie",
                amount, "bedrag zelf zetten"))).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                .containsExactly(FieldProblem.of("amount", "catalogue.error.not-set-locally")));

        InstrumentOverride documents = new InstrumentOverride(null, null, null, null, null,
                List.of("Arbeidsovereenkomst (testwaarde)"), null, null, null, null, null, LocalDate.now(DutchTime.ZONE), List.of());
        CatalogueEntry changed = as(haaksbergenAdmin, "haaksbergen", () -> administration.setLocalValues("loonkostensubsidie",
                documents, "stukken vastgelegd"));

        assertThat(lks.localFields()).contains(LocalField.REQUIRED_DOCUMENTS).doesNotContain(LocalField.AMOUNT);
        assertThat(changed.content().requiredDocuments()).containsExactly("Arbeidsovereenkomst (testwaarde)");
        assertThat(changed.setLocally()).containsExactly(LocalField.REQUIRED_DOCUMENTS);
        assertThat(changed.version().overrideVersionId()).isNotNull();
        assertThat(catalogue.published("borne", "loonkostensubsidie")).get()
                .satisfies(borne -> assertThat(borne.requiredDocuments()).isEmpty());
    }

    @Test
    void a_new_local_instrument_can_be_created_and_retired_and_its_history_stays() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        InstrumentContent content = hengelo("collectieve-voorlichting").content();

        CatalogueEntry created = as(haaksbergenAdmin, "haaksbergen", () -> administration.create(code,
                withShortDescription(content, "Een testinstrument."), "nieuw"));
        assertThat(created.regional()).isFalse();
        FieldProblem taken = FieldProblem.of("code", "catalogue.admin.error.code-taken");
        assertThat(as(haaksbergenAdmin, "haaksbergen", () -> administration.codeProblems(code))).containsExactly(taken);
        assertThat(as(haaksbergenAdmin, "haaksbergen", () -> administration.codeProblems("proefplaatsing"))).containsExactly(taken);
        assertThat(as(haaksbergenAdmin, "haaksbergen", () -> administration.codeProblems("Met Spaties")))
                .containsExactly(FieldProblem.of("code", "catalogue.admin.error.code-format"));
        assertThatThrownBy(() -> as(haaksbergenAdmin, "haaksbergen", () -> administration.create(code, content, "dubbel")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems()).containsExactly(taken));
        assertThat(catalogue.published("haaksbergen", code)).isPresent();

        as(haaksbergenAdmin, "haaksbergen", () -> administration.retire(code, LocalDate.now(DutchTime.ZONE).minusDays(1), "gestopt"));

        assertThat(catalogue.published("haaksbergen", code)).isEmpty();
        assertThat(as(haaksbergenAdmin, "haaksbergen", () -> administration.history(code))).hasSize(2);
        assertThat(catalogue.published("hengelo", code)).isEmpty();
    }
}
