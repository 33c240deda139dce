package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileDetail.FlagLine;
import nl.werkbrug.candidates.CandidateFileDetail.ObstacleLine;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The doelgroepen the candidate belongs to and the obstacles on the way to work, with their periods. */
final class FileGroupsSection extends FilePart {

    FileGroupsSection(FileContext context) {
        super(context, "file-groups", "candidatefile.groups");
        CandidateFileDetail file = context.file();
        add(lines("flags", file.flags().stream().map(flag -> line(getTranslation("candidatefile.flag.line",
                label(flag.flag()), period(flag.from(), flag.until()), flag.basis()))).toList(), "candidatefile.flag.none"));
        whenOpen(FlagForm.NAME, () -> new FlagForm(context));
        if (file.flags().stream().anyMatch(flag -> flag.until() == null)) {
            whenOpen(EndFlagForm.NAME, () -> new EndFlagForm(context));
        }
        add(new Paragraph(getTranslation("candidatefile.obstacles")), lines("obstacles", file.obstacles().stream()
                .map(line -> line(getTranslation("candidatefile.obstacle.line", label(line.obstacle()),
                        period(line.from(), line.until())))).toList(), "candidatefile.obstacle.none"));
        whenOpen(ObstaclesForm.NAME, () -> new ObstaclesForm(context));
        if (file.obstacles().stream().anyMatch(obstacle -> obstacle.until() == null)) {
            whenOpen(EndObstacleForm.NAME, () -> new EndObstacleForm(context));
        }
    }

    static final class FlagTyped {
        @Nullable DoelgroepFlag flag;
        @Nullable LocalDate from;
        @Nullable LocalDate until;
        String basis = "";
    }

    static final class FlagForm extends FileEntryForm<FlagTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("flag-form", "candidatefile.flag.record");

        FlagForm(FileContext context) {
            super(context, Parts.create(), NAME, FlagTyped::new, "candidatefile.flag.saved");
            choice("flag", "candidatefile.flag", "flag", DoelgroepFlag.values(), typed -> typed.flag,
                    (typed, value) -> typed.flag = value);
            text("flag-basis", "candidatefile.flag.basis", "basis", typed -> typed.basis,
                    (typed, value) -> typed.basis = value).setHelperText(getTranslation("candidatefile.flag.basis.help"));
            date("flag-from", "candidatefile.from", "from", typed -> typed.from, (typed, value) -> typed.from = value);
            date("flag-until", "candidatefile.until", "until", typed -> typed.until, (typed, value) -> typed.until = value);
            finish("candidatefile.flag.save");
        }

        @Override
        protected CandidateFileDetail save(FlagTyped typed) {
            return context.files().addFlag(context.id(),
                    new FileEntry.FlagEntry(typed.flag, typed.from, typed.until, typed.basis));
        }
    }

    /** Which open line ends, and on what day. */
    static final class EndTyped<L> {
        @Nullable L line;
        @Nullable LocalDate until;

        L line() {
            if (line == null) {
                throw InvalidInputException.of("line", "form.error.required");
            }
            return line;
        }

        LocalDate until() {
            if (until == null) {
                throw InvalidInputException.of("until", "candidates.error.date-required");
            }
            return until;
        }
    }

    static final class EndFlagForm extends FileEntryForm<EndTyped<FlagLine>> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("end-flag-form", "candidatefile.flag.end");

        EndFlagForm(FileContext context) {
            super(context, Parts.create(), NAME, EndTyped::new, "candidatefile.flag.ended");
            Select<FlagLine> line = select("end-flag", "candidatefile.flag", "line",
                    typed -> typed.line, (typed, value) -> typed.line = value);
            line.setItems(context.file().flags().stream().filter(flag -> flag.until() == null).toList());
            line.setItemLabelGenerator(flag -> getTranslation(flag.flag().labelKey()));
            date("end-flag-until", "candidatefile.until", "until", typed -> typed.until,
                    (typed, value) -> typed.until = value);
            finish("candidatefile.flag.end.save");
        }

        @Override
        protected CandidateFileDetail save(EndTyped<FlagLine> typed) {
            return context.files().endFlag(context.id(), typed.line().id(), typed.until());
        }
    }

    static final class ObstaclesTyped {
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        @Nullable LocalDate from;
    }

    static final class ObstaclesForm extends FileEntryForm<ObstaclesTyped> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("obstacles-form", "candidatefile.obstacle.record");

        ObstaclesForm(FileContext context) {
            super(context, Parts.create(), NAME, ObstaclesTyped::new, "candidatefile.obstacle.saved");
            choices("obstacle-choice", "candidatefile.obstacles", "obstacles", Obstacle.values(),
                    typed -> typed.obstacles, (typed, value) -> typed.obstacles = value);
            date("obstacles-from", "candidatefile.from", "from", typed -> typed.from, (typed, value) -> typed.from = value);
            finish("candidatefile.obstacle.save");
        }

        @Override
        protected CandidateFileDetail save(ObstaclesTyped typed) {
            return context.files().addObstacles(context.id(), new FileEntry.ObstacleEntry(typed.obstacles, typed.from));
        }
    }

    static final class EndObstacleForm extends FileEntryForm<EndTyped<ObstacleLine>> {

        static final OnDemandForm.Name NAME = new OnDemandForm.Name("end-obstacle-form", "candidatefile.obstacle.end");

        EndObstacleForm(FileContext context) {
            super(context, Parts.create(), NAME, EndTyped::new, "candidatefile.obstacle.ended");
            Select<ObstacleLine> line = select("end-obstacle", "candidatefile.obstacle", "line",
                    typed -> typed.line, (typed, value) -> typed.line = value);
            line.setItems(context.file().obstacles().stream().filter(obstacle -> obstacle.until() == null).toList());
            line.setItemLabelGenerator(obstacle -> getTranslation(obstacle.obstacle().labelKey()));
            date("end-obstacle-until", "candidatefile.until", "until", typed -> typed.until,
                    (typed, value) -> typed.until = value);
            finish("candidatefile.obstacle.end.save");
        }

        @Override
        protected CandidateFileDetail save(EndTyped<ObstacleLine> typed) {
            return context.files().endObstacle(context.id(), typed.line().id(), typed.until());
        }
    }
}
