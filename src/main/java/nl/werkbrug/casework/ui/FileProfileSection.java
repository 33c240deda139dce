package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.CandidateProfile.LanguageSkill;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.platform.Formats;
import org.jspecify.annotations.Nullable;

/**
 * What the candidate can and wants: occupations (ISCO-08, the list vacancies use), skills, education, languages
 * with their level, driving licence, hours, availability, travel distance, motivation and skills profile. Shown as
 * lines of what is filled in; the form to change it is built when the consultant opens it, like the file's other
 * forms (the load test found the always-built form the largest part of showing a file, ADR 0027).
 */
final class FileProfileSection extends FilePart {

    /** How many languages the form offers rows for. */
    static final int LANGUAGES = 3;

    FileProfileSection(FileContext context, List<Occupation> occupations) {
        super(context, "file-profile", "candidatefile.profile");
        add(lines("profile-lines", summary(context.file().profile(), occupations), "candidatefile.profile.none"));
        whenOpen(ProfileForm.NAME, () -> new ProfileForm(context, occupations));
    }

    /** A line for each part of the profile that is filled in, in the form's order. */
    private List<ListItem> summary(CandidateProfile profile, List<Occupation> occupations) {
        Formats formats = Formats.of(getLocale());
        List<ListItem> lines = new ArrayList<>();
        part(lines, "occupations", chosen(profile, occupations).map(Occupation::label)
                .collect(Collectors.joining(", ")));
        part(lines, "skills", String.join(", ", profile.skills()));
        part(lines, "education", profile.education() == null ? "" : label(profile.education()));
        part(lines, "languages", profile.languages().stream().map(spoken -> spoken.level() == null ? spoken.language()
                : spoken.language() + " (" + label(spoken.level()) + ")").collect(Collectors.joining(", ")));
        part(lines, "driving-licence", profile.drivingLicence() ? getTranslation("candidatefile.profile.yes") : "");
        part(lines, "hours", formats.number(profile.hoursPerWeek()));
        part(lines, "available-from", date(profile.availableFrom()));
        part(lines, "travel", formats.number(profile.travelKm()));
        part(lines, "motivation", profile.motivation());
        part(lines, "skills-profile", profile.skillsProfile());
        return lines;
    }

    /** The occupations of the list that the profile names, in the list's order. */
    private static Stream<Occupation> chosen(CandidateProfile profile, List<Occupation> occupations) {
        return occupations.stream().filter(occupation -> profile.iscoCodes().contains(occupation.iscoCode()));
    }

    private void part(List<ListItem> lines, String labelKey, String value) {
        if (!value.isBlank()) {
            lines.add(line(getTranslation("candidatefile.profile.line",
                    getTranslation("candidatefile.profile." + labelKey), value)));
        }
    }

    static final class ProfileTyped {
        Set<Occupation> occupations = new LinkedHashSet<>();
        String skills = "";
        @Nullable EducationLevel education;
        String[] languages = new String[LANGUAGES];
        @Nullable LanguageLevel[] levels = new LanguageLevel[LANGUAGES];
        boolean drivingLicence;
        @Nullable Integer hoursPerWeek;
        @Nullable LocalDate availableFrom;
        @Nullable Integer travelKm;
        String motivation = "";
        String skillsProfile = "";

        static ProfileTyped of(CandidateProfile profile, List<Occupation> occupations) {
            ProfileTyped typed = new ProfileTyped();
            chosen(profile, occupations).forEach(typed.occupations::add);
            typed.skills = String.join("\n", profile.skills());
            typed.education = profile.education();
            Arrays.fill(typed.languages, "");
            for (int i = 0; i < Math.min(LANGUAGES, profile.languages().size()); i++) {
                typed.languages[i] = profile.languages().get(i).language();
                typed.levels[i] = profile.languages().get(i).level();
            }
            typed.drivingLicence = profile.drivingLicence();
            typed.hoursPerWeek = profile.hoursPerWeek();
            typed.availableFrom = profile.availableFrom();
            typed.travelKm = profile.travelKm();
            typed.motivation = profile.motivation();
            typed.skillsProfile = profile.skillsProfile();
            return typed;
        }

        CandidateProfile profile() {
            List<LanguageSkill> spoken = new ArrayList<>();
            for (int i = 0; i < LANGUAGES; i++) {
                if (!languages[i].isBlank() || levels[i] != null) {
                    spoken.add(new LanguageSkill(languages[i].strip(), levels[i]));
                }
            }
            return new CandidateProfile(occupations.stream().map(Occupation::iscoCode).toList(),
                    Arrays.asList(skills.split("[\\n,;]")), education, spoken, drivingLicence, hoursPerWeek,
                    availableFrom, travelKm, motivation, skillsProfile);
        }
    }

    static final class ProfileForm extends FileEntryForm<ProfileTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("profile-form", "candidatefile.profile.change");

        ProfileForm(FileContext context, List<Occupation> occupations) {
            super(context, Parts.create(), NAME,
                    () -> ProfileTyped.of(context.file().profile(), occupations), "candidatefile.profile.saved");
            MultiSelectComboBox<Occupation> occupation = labelled(new MultiSelectComboBox<>(), "occupations",
                    "candidatefile.profile.occupations", "iscoCodes", typed -> typed.occupations,
                    (typed, value) -> typed.occupations = new LinkedHashSet<>(value));
            occupation.setItems(occupations);
            occupation.setItemLabelGenerator(Occupation::label);
            area("skills", "candidatefile.profile.skills", "skills", typed -> typed.skills,
                    (typed, value) -> typed.skills = value).setHelperText(getTranslation("candidatefile.profile.skills.help"));
            choice("education", "candidatefile.profile.education", "education", EducationLevel.values(),
                    typed -> typed.education, (typed, value) -> typed.education = value).setEmptySelectionAllowed(true);
            for (int i = 0; i < LANGUAGES; i++) {
                int row = i;
                TextField language = labelled(new TextField(), "language-" + row, "candidatefile.profile.language",
                        row == 0 ? "languages.language" : null, typed -> typed.languages[row],
                        (typed, value) -> typed.languages[row] = value);
                Select<LanguageLevel> level = choice("language-level-" + row, "candidatefile.profile.language-level",
                        row == 0 ? "languages.level" : null, LanguageLevel.values(),
                        typed -> typed.levels[row], (typed, value) -> typed.levels[row] = value);
                if (row == 0) {
                    alsoShow("languages", language);
                }
                level.setEmptySelectionAllowed(true);
            }
            labelled(new Checkbox(), "driving-licence", "candidatefile.profile.driving-licence", null,
                    typed -> typed.drivingLicence, (typed, value) -> typed.drivingLicence = value);
            integer("hours-per-week", "candidatefile.profile.hours", "hoursPerWeek", typed -> typed.hoursPerWeek,
                    (typed, value) -> typed.hoursPerWeek = value);
            date("available-from", "candidatefile.profile.available-from", "availableFrom", typed -> typed.availableFrom,
                    (typed, value) -> typed.availableFrom = value);
            integer("travel-km", "candidatefile.profile.travel", "travelKm", typed -> typed.travelKm,
                    (typed, value) -> typed.travelKm = value);
            area("motivation", "candidatefile.profile.motivation", "motivation", typed -> typed.motivation,
                    (typed, value) -> typed.motivation = value);
            area("skills-profile", "candidatefile.profile.skills-profile", "skillsProfile", typed -> typed.skillsProfile,
                    (typed, value) -> typed.skillsProfile = value);
            finish("candidatefile.profile.save");
        }

        @Override
        protected CandidateFileDetail save(ProfileTyped typed) {
            return context.files().editProfile(context.id(), typed.profile());
        }
    }
}
