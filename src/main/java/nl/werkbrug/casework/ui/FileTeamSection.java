package nl.werkbrug.casework.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.identity.Member;
import nl.werkbrug.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Who works on the file: the responsible consultant, handing it over with a note, and colleagues involved. */
final class FileTeamSection extends FilePart {

    FileTeamSection(FileContext context, List<Member> colleagues) {
        super(context, "file-team", "candidatefile.team");
        CandidateFileDetail file = context.file();
        Paragraph responsible = new Paragraph(getTranslation("candidatefile.team.responsible",
                file.consultant() == null ? "" : name(colleagues, file.consultant())));
        responsible.setId("responsible");
        add(responsible, new Paragraph(getTranslation("candidatefile.team.involved")), lines("involved",
                file.involved().stream().map(username -> involved(colleagues, username)).toList(),
                "candidatefile.team.none"));
        List<Member> others = colleagues.stream().filter(member -> !member.username().equals(file.consultant())).toList();
        whenOpen(TransferForm.NAME, () -> new TransferForm(context, others));
        whenOpen(InvolveForm.NAME, () -> new InvolveForm(context, others));
    }

    private ListItem involved(List<Member> colleagues, String username) {
        ListItem item = line(name(colleagues, username));
        if (context.file().open()) {
            Button remove = new Button(getTranslation("candidatefile.team.uninvolve"), click -> act(() ->
                    context.then("candidatefile.team.uninvolved").accept(
                            context.files().involve(context.id(), username, false))));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("candidatefile.team.uninvolve-aria", name(colleagues, username)));
            item.add(new com.vaadin.flow.component.Text(" "), remove);
        }
        return item;
    }

    static String name(List<Member> colleagues, String username) {
        return colleagues.stream().filter(member -> member.username().equals(username)).findFirst()
                .map(Member::displayName).orElse(username);
    }

    static Select<Member> colleagues(Select<Member> select, List<Member> colleagues) {
        select.setItems(colleagues);
        select.setItemLabelGenerator(Member::displayName);
        return select;
    }

    static final class TransferTyped {
        @Nullable Member colleague;
        String note = "";
    }

    static final class TransferForm extends FileEntryForm<TransferTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("transfer-form", "candidatefile.team.transfer");

        TransferForm(FileContext context, List<Member> colleagues) {
            super(context, Parts.create(), NAME, TransferTyped::new, "candidatefile.team.transferred");
            colleagues(select("transfer-to", "candidatefile.team.colleague", "toUsername",
                    typed -> typed.colleague, (typed, value) -> typed.colleague = value), colleagues);
            area("handover-note", "candidatefile.team.handover-note", "note", typed -> typed.note,
                    (typed, value) -> typed.note = value);
            finish("candidatefile.team.transfer.save");
        }

        @Override
        protected CandidateFileDetail save(TransferTyped typed) {
            return context.files().transfer(context.id(), new FileEntry.Handover(
                    typed.colleague == null ? "" : typed.colleague.username(), typed.note));
        }
    }

    static final class InvolveTyped {
        @Nullable Member colleague;
    }

    static final class InvolveForm extends FileEntryForm<InvolveTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("involve-form", "candidatefile.team.involve");

        InvolveForm(FileContext context, List<Member> colleagues) {
            super(context, Parts.create(), NAME, InvolveTyped::new, "candidatefile.team.involved-saved");
            colleagues(select("involve", "candidatefile.team.colleague", "involved",
                    typed -> typed.colleague, (typed, value) -> typed.colleague = value), colleagues);
            finish("candidatefile.team.involve.save");
        }

        @Override
        protected CandidateFileDetail save(InvolveTyped typed) {
            if (typed.colleague == null) {
                throw InvalidInputException.of("involved", "candidates.error.colleague-required");
            }
            return context.files().involve(context.id(), typed.colleague.username(), true);
        }
    }
}
