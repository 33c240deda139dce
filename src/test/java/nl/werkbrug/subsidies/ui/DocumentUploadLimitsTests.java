package nl.werkbrug.subsidies.ui;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request form's upload at service level (issue 13, finding 3): Vaadin's upload handler of the real view is
 * driven with streams, as the upload request would drive it. An oversized file is refused after at most one byte
 * past the limit and nothing is kept; a file that declares an oversized length is refused unread; a sixth file is
 * refused unread; each refusal shows its Dutch message at the upload field. The service refuses a sixth document too.
 */
class DocumentUploadLimitsTests extends BrowserlessViewTest {

    static final byte[] PDF_START = "%PDF-1.4\n".getBytes();

    @Autowired
    SubsidyRequests requests;
    @Autowired
    nl.werkbrug.employer.EmployerOrganisations organisations;

    /** The bytes a client sends: a PDF header, then zeros, counting how many the server reads. */
    static final class Sent extends InputStream {
        final long length;
        final AtomicLong read = new AtomicLong();

        Sent(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            long position = read.get();
            if (position >= length) {
                return -1;
            }
            read.incrementAndGet();
            return position < PDF_START.length ? PDF_START[(int) position] : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            int n = 0;
            while (n < count) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }

    UploadSection openForm() {
        login(TestUsers.employerUser("upload-werkgever", TestUsers.registeredEmployer(organisations, "99000021", "Upload Werkgever")));
        navigate("werkgever/aanvragen/nieuw", RequestFormView.class);
        return $(UploadSection.class).single();
    }

    UploadEvent upload(String fileName, long declaredSize, Sent sent) {
        Part part = (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getInputStream" -> sent;
                    case "getSize" -> sent.length;
                    case "getSubmittedFileName", "getName" -> fileName;
                    case "getContentType" -> "application/pdf";
                    default -> null;
                });
        return new UploadEvent(null, null, VaadinSession.getCurrent(), fileName, declaredSize, "application/pdf",
                $(Upload.class).single().getElement(), part);
    }

    void send(UploadSection section, UploadEvent event) throws IOException {
        section.handler().handleUploadRequest(event);
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
    }

    String fieldMessage() {
        return $(Span.class).id("upload-error").getText();
    }

    @Test
    void an_oversized_file_is_cut_off_past_the_limit_and_nothing_is_kept() throws IOException {
        UploadSection section = openForm();
        Sent twelveMegabytes = new Sent(12L * 1024 * 1024);
        UploadEvent event = upload("groot.pdf", -1, twelveMegabytes); // the client does not say how large it is

        send(section, event);

        assertThat(twelveMegabytes.read.get()).isEqualTo(10L * 1024 * 1024 + 1);
        assertThat(event.isRejected()).isTrue();
        assertThat(section.pending()).isEmpty();
        assertThat(fieldMessage()).isEqualTo("Dit bestand is groter dan 10 MB. Kies een kleiner bestand.");

        Sent declaredHuge = new Sent(2L * 1024 * 1024 * 1024);
        send(section, upload("nog-groter.pdf", declaredHuge.length, declaredHuge));

        assertThat(declaredHuge.read.get()).isZero();
        assertThat(section.pending()).isEmpty();
        assertThat(section.handler().getRequestSizeMax()).isEqualTo(10L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void a_sixth_file_is_refused_unread_and_the_pending_list_stays_at_five() throws IOException {
        UploadSection section = openForm();
        for (int i = 1; i <= 5; i++) {
            send(section, upload("bijlage-" + i + ".pdf", 100, new Sent(100)));
        }
        assertThat(section.pending()).hasSize(5);
        assertThat(fieldMessage()).isEmpty();

        Sent sixth = new Sent(100);
        UploadEvent event = upload("bijlage-6.pdf", 100, sixth);
        send(section, event);

        assertThat(sixth.read.get()).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(section.pending()).extracting(UploadSection.Pending::name)
                .containsExactly("bijlage-1.pdf", "bijlage-2.pdf", "bijlage-3.pdf", "bijlage-4.pdf", "bijlage-5.pdf");
        assertThat(fieldMessage()).isEqualTo("U kunt ten hoogste 5 bestanden bij een aanvraag voegen.");
    }

    @Test
    void the_service_refuses_a_sixth_document_for_one_request() {
        PortalUser employer = TestUsers.employerUser("upload-werkgever-dienst",
                TestUsers.registeredEmployer(organisations, "99000022", "Upload Werkgever Dienst"));
        SubsidyRequestDetail draft = as(employer, () -> requests.saveDraft("hengelo", null, "jobcoaching",
                SubsidyForms.jobcoaching()));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        for (int i = 1; i <= 5; i++) {
            String name = "bijlage-" + i + ".pdf";
            as(employer, () -> requests.attach("hengelo", draft.id(), name, pdf));
        }

        assertThatThrownBy(() -> as(employer, () -> requests.attach("hengelo", draft.id(), "bijlage-6.pdf", pdf)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("subsidy.upload.request-full"));
        assertThat(as(employer, () -> requests.find("hengelo", draft.id())).orElseThrow().attachments()).hasSize(5);
    }
}
