package nl.werkbrug.casework.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.pool.ConsentEntry;
import nl.werkbrug.pool.ConsentLine;
import nl.werkbrug.pool.PoolConsents;
import nl.werkbrug.pool.PoolMembership;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

/**
 * The file's place in the regional pool: its pseudonym, who may see the profile, when it was last confirmed, the
 * consent ledger with its export for an AVG request, and the forms to record consent, its withdrawal and a
 * confirmation.
 */
final class FilePoolSection extends FilePart {

    FilePoolSection(FileContext context, PoolConsents consents, String tenant) {
        super(context, "file-pool", "candidatefile.pool");
        Optional<PoolMembership> membership = consents.membership(context.id());
        Paragraph state = new Paragraph(membership.map(this::state)
                .orElseGet(() -> getTranslation("candidatefile.pool.none")));
        state.setId("pool-state");
        add(state);
        membership.filter(PoolMembership::confirmationDue).ifPresent(due -> {
            Paragraph warning = new Paragraph(getTranslation("candidatefile.pool.confirmation-due",
                    date(due.lastConfirmed())));
            warning.setId("pool-confirmation-due");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        });
        membership.ifPresent(member -> {
            add(lines("pool-ledger", member.ledger().stream().map(this::ledgerLine).toList(), "candidatefile.pool.none"));
            add(new Paragraph(download(tenant, "pool-ledger-csv", "candidatefile.pool.ledger-csv",
                            "toestemmingen-" + member.pseudonym() + ".csv", "text/csv", consents::ledgerCsv),
                    new com.vaadin.flow.component.Text(" · "),
                    download(tenant, "pool-ledger-pdf", "candidatefile.pool.ledger-pdf",
                            "toestemmingen-" + member.pseudonym() + ".pdf", "application/pdf", consents::ledgerPdf)));
        });
        if (context.file().open()) {
            whenOpen(ConsentForm.NAME, () -> new ConsentForm(context, consents));
            membership.ifPresent(member -> {
                Button confirm = new Button(getTranslation("candidatefile.pool.confirm"), click -> act(() -> {
                    consents.confirm(context.id());
                    context.shown().show(context.file(), "candidatefile.pool.confirmed");
                }));
                confirm.setId("pool-confirm");
                add(confirm);
            });
        }
    }

    private String state(PoolMembership member) {
        String audiences = member.consultants() && member.employers() ? "candidatefile.pool.audience.both"
                : member.consultants() ? "candidatefile.pool.audience.consultants"
                : member.employers() ? "candidatefile.pool.audience.employers" : "candidatefile.pool.audience.none";
        String until = member.employersSeeUntil() == null ? "" : " " + getTranslation("candidatefile.pool.until",
                date(member.employersSeeUntil()));
        return getTranslation("candidatefile.pool.state", member.pseudonym(), getTranslation(audiences),
                date(member.lastConfirmed()), member.completeness()) + until;
    }

    private com.vaadin.flow.component.html.ListItem ledgerLine(ConsentLine line) {
        return line(getTranslation(line.given() ? "candidatefile.pool.line.given" : "candidatefile.pool.line.withdrawn",
                Formats.of(getLocale()).dateTime(line.recordedAt()), label(line.audience())
                        + (line.requester() == null ? "" : " (" + line.requester() + ")"),
                line.purpose(), label(line.basis()), line.recordedBy()));
    }

    /** A download of the ledger; the download's request carries no route, so it runs in the file's municipality. */
    private Anchor download(String tenant, String id, String labelKey, String name, String type,
                            Function<Long, byte[]> export) {
        long fileId = context.id();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = TenantContext.callAs(tenant, () -> export.apply(fileId));
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), name, type, bytes.length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    static final class ConsentTyped {
        @Nullable Audience audience;
        String purpose = "";
        @Nullable ConsentBasis basis;
    }

    /** Records the candidate's consent for an audience, or its withdrawal, with purpose and how it was given. */
    static final class ConsentForm extends FormSection<ConsentTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("pool-consent-form", "candidatefile.pool.consent");

        private final Binder<ConsentTyped> binder;
        private final ProblemFields problems;
        private final FileContext context;
        private final PoolConsents consents;

        ConsentForm(FileContext context, PoolConsents consents) {
            this(context, consents, new Binder<>(), new Paragraph());
        }

        private ConsentForm(FileContext context, PoolConsents consents, Binder<ConsentTyped> binder, Paragraph message) {
            this(context, consents, binder, new ProblemFields(message, message), message);
        }

        private ConsentForm(FileContext context, PoolConsents consents, Binder<ConsentTyped> binder,
                            ProblemFields problems, Paragraph message) {
            super(binder, problems, null);
            this.binder = binder;
            this.problems = problems;
            this.context = context;
            this.consents = consents;
            setId(NAME.id());
            binder.readBean(new ConsentTyped());
            Select<Audience> audience = FileEntryForm.named(labelled(new Select<>(), "pool-audience",
                    "candidatefile.pool.audience", "audience", typed -> typed.audience,
                    (typed, value) -> typed.audience = value));
            audience.setItems(Audience.REGION_CONSULTANTS, Audience.EMPLOYERS);
            audience.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
            TextField purpose = labelled(new TextField(), "pool-purpose", "candidatefile.pool.purpose", "purpose",
                    typed -> typed.purpose, (typed, value) -> typed.purpose = value);
            purpose.setMaxLength(300);
            Select<ConsentBasis> basis = FileEntryForm.named(labelled(new Select<>(), "pool-basis",
                    "candidatefile.pool.basis", "basis", typed -> typed.basis, (typed, value) -> typed.basis = value));
            basis.setItems(ConsentBasis.values());
            basis.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
            message.setId("pool-consent-form-message");
            message.addClassName("werkbrug-form-error");
            message.getElement().setAttribute("role", "alert");
            add(message);
            Button give = new Button(getTranslation("candidatefile.pool.give"),
                    click -> save(consents::give, "candidatefile.pool.given"));
            give.setId("pool-give");
            give.addThemeVariants(ButtonVariant.PRIMARY);
            Button withdraw = new Button(getTranslation("candidatefile.pool.withdraw"),
                    click -> save(consents::withdraw, "candidatefile.pool.withdrawn"));
            withdraw.setId("pool-withdraw");
            add(give);
            add(withdraw);
        }

        private interface Change {
            PoolMembership apply(long fileId, ConsentEntry entry);
        }

        private void save(Change change, String savedKey) {
            ConsentTyped typed = new ConsentTyped();
            binder.writeBeanAsDraft(typed, true);
            try {
                change.apply(context.id(), new ConsentEntry(typed.audience, typed.purpose, typed.basis));
                problems.show(List.of(), "form.check-fields");
                context.shown().show(context.file(), savedKey);
            } catch (InvalidInputException invalid) {
                problems.show(invalid.problems(), "form.check-fields");
                problems.focusFirst();
            }
        }
    }
}
