package nl.werkbrug.casework.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.candidates.Benefit;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;

/** The parts of the new-file form: who the candidate is, where they live and how to reach them, and the benefit. */
final class FileIdentitySection extends FormSection<CandidateIdentityForm> {

    /**
     * Name, BSN, date of birth and, for a new file, the municipality's own file number.
     *
     * @param opening whether a file is opened (the BSN is required, the file number can be given) or corrected (the
     *                BSN may stay empty to keep it)
     */
    FileIdentitySection(Binder<CandidateIdentityForm> binder, ProblemFields problems, boolean opening) {
        super(binder, problems, "candidatefile.new.person");
        labelled(new TextField(), "given-name", "candidatefile.given-name", "givenName",
                form -> form.givenName, (form, value) -> form.givenName = value).setMaxLength(100);
        labelled(new TextField(), "family-name", "candidatefile.family-name", "familyName",
                form -> form.familyName, (form, value) -> form.familyName = value).setMaxLength(100);
        TextField bsn = labelled(new TextField(), "bsn", "candidatefile.bsn", "bsn",
                form -> form.bsn, (form, value) -> form.bsn = value);
        bsn.setHelperText(getTranslation(opening ? "candidatefile.bsn.help" : "candidatefile.bsn.keep"));
        bsn.setMaxLength(11);
        bind(DutchDatePicker.create(this, "birth-date", "candidatefile.birth-date"), "birthDate",
                form -> form.birthDate, (form, value) -> form.birthDate = value);
        if (opening) {
            labelled(new TextField(), "file-number", "candidatefile.file-number", null,
                    form -> form.fileNumber, (form, value) -> form.fileNumber = value)
                    .setHelperText(getTranslation("candidatefile.file-number.help"));
        }
    }

    /** Address, phone and e-mail, and the benefit with its start. */
    static final class Contact extends FormSection<CandidateIdentityForm> {

        Contact(Binder<CandidateIdentityForm> binder, ProblemFields problems) {
            super(binder, problems, "candidatefile.new.contact");
            labelled(new TextField(), "street", "candidatefile.street", "street",
                    form -> form.street, (form, value) -> form.street = value);
            labelled(new TextField(), "house-number", "candidatefile.house-number", "houseNumber",
                    form -> form.houseNumber, (form, value) -> form.houseNumber = value);
            labelled(new TextField(), "postcode", "candidatefile.postcode", "postcode",
                    form -> form.postcode, (form, value) -> form.postcode = value);
            labelled(new TextField(), "city", "candidatefile.city", "city",
                    form -> form.city, (form, value) -> form.city = value);
            labelled(new TextField(), "phone", "candidatefile.phone", "phone",
                    form -> form.phone, (form, value) -> form.phone = value);
            labelled(new EmailField(), "email", "candidatefile.email", "email",
                    form -> form.email, (form, value) -> form.email = value);
            Select<Benefit> benefit = labelled(new Select<>(), "benefit", "candidatefile.benefit", "benefit",
                    form -> form.benefit, (form, value) -> form.benefit = value);
            FileEntryForm.named(benefit).setItems(Benefit.values());
            benefit.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            bind(DutchDatePicker.create(this, "benefit-since", "candidatefile.benefit-since"), "benefitSince",
                    form -> form.benefitSince, (form, value) -> form.benefitSince = value);
        }
    }
}
