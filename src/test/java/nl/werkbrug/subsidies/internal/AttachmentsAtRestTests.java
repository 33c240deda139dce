package nl.werkbrug.subsidies.internal;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.subsidies.AttachmentInfo;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attachments at rest (security review finding 10): what the database holds is sealed, the portal reads the
 * document, a document stored before sealing is sealed by the start-up migration, a changed one no longer opens;
 * the documents of requests closed before the retention day are deleted and audited, others kept.
 */
@IntegrationTest
class AttachmentsAtRestTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Title (Loonstrook Fatima) >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    EmployerOrganisations organisations;
    @Autowired
    SubsidyRequests requests;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    AttachmentsAtRest atRest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    PortalUser employer;

    @BeforeEach
    void employer() {
        employer = TestUsers.employerUser("at-rest-" + System.nanoTime(),
                TestUsers.registeredEmployer(organisations, "99000051", "Opslag Werkgever"));
    }

    <T> T inHengelo(Supplier<T> work) {
        return TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    byte[] stored(long attachmentId) {
        return inHengelo(() -> jdbc.sql("select content from subsidy_attachment where id = :id").param("id", attachmentId)
                .query(byte[].class).single());
    }

    byte[] read(long attachmentId) {
        return inHengelo(() -> attachments.findById(attachmentId).orElseThrow().content.clone());
    }

    long attached(long requestId) {
        AttachmentInfo info = as(employer, () -> requests.attach("hengelo", requestId, "loonstrook.pdf", PDF));
        return info.id();
    }

    @Test
    void the_database_holds_only_the_sealed_document_and_the_portal_reads_the_original() {
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long id = attached(draft.id());

        byte[] stored = stored(id);
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("WBD1");
        // marker 4 + nonce 12 + the content + tag 16
        assertThat(stored).hasSize(4 + 12 + PDF.length + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Loonstrook Fatima").doesNotContain("%PDF");
        assertThat(read(id)).isEqualTo(PDF);
        assertThat(as(employer, () -> requests.find("hengelo", draft.id())).orElseThrow().attachments())
                .extracting(AttachmentInfo::sizeBytes).containsExactly(PDF.length);
    }

    @Test
    void a_document_stored_before_sealing_is_sealed_at_start_up_and_reads_the_same() {
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long id = attached(draft.id());
        inHengelo(() -> jdbc.sql("update subsidy_attachment set content = :plain where id = :id")
                .param("plain", PDF).param("id", id).update());
        assertThat(stored(id)).isEqualTo(PDF);
        assertThat(read(id)).isEqualTo(PDF); // readable meanwhile

        int sealed = inHengelo(atRest::sealPlain);

        assertThat(sealed).isGreaterThanOrEqualTo(1);
        assertThat(new String(stored(id), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("WBD1");
        assertThat(read(id)).isEqualTo(PDF);
        assertThat(inHengelo(atRest::sealPlain)).as("nothing left to seal of this one").isZero();
    }

    @Test
    void a_sealed_document_changed_in_the_database_no_longer_opens() {
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long id = attached(draft.id());
        byte[] changed = stored(id);
        changed[30] ^= 1;
        inHengelo(() -> jdbc.sql("update subsidy_attachment set content = :c where id = :id")
                .param("c", changed).param("id", id).update());

        assertThatThrownBy(() -> read(id)).hasStackTraceContaining("A sealed document could not be opened");
    }

    @Test
    void documents_of_requests_closed_before_the_retention_day_are_deleted_and_audited_others_kept() {
        SubsidyRequestDetail withdrawn = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long old = attached(withdrawn.id());
        as(employer, () -> requests.withdraw("hengelo", withdrawn.id()));
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()));
        long open = attached(draft.id());
        // both closed long ago as far as the dates go; only the withdrawn one is closed at all
        inHengelo(() -> jdbc.sql("update subsidy_request set updated_at = timestamptz '2001-03-01 12:00+01' where id in (:a, :b)")
                .param("a", withdrawn.id()).param("b", draft.id()).update());

        assertThat(inHengelo(() -> atRest.deleteClosedBefore("hengelo", LocalDate.of(2001, 3, 1)))).as("closed on the day").isZero();
        int deleted = inHengelo(() -> atRest.deleteClosedBefore("hengelo", LocalDate.of(2001, 3, 2)));

        assertThat(deleted).isEqualTo(1);
        assertThat(inHengelo(() -> attachments.findById(old))).isEmpty();
        assertThat(inHengelo(() -> attachments.findById(open))).isPresent();
        String audited = inHengelo(() -> jdbc.sql("""
                        select actor || ' ' || action || ' ' || subject || ' ' || detail from audit_event
                        where action = 'SUBSIDY_ATTACHMENT_DELETED' and subject = :s""")
                .param("s", "subsidy request " + withdrawn.id()).query(String.class).single());
        assertThat(audited).isEqualTo("system SUBSIDY_ATTACHMENT_DELETED subsidy request " + withdrawn.id()
                + " retention: document " + old + " deleted");
    }
}
