package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.shared.DutchTime;

/**
 * Everything dated in the file, newest first: the opening, ladder steps, doelgroepen, work obligations, obstacles,
 * deployments' start and end, intakes, contacts, handovers and the outflow.
 */
final class FileHistorySection extends FilePart {

    /** One dated happening; {@code order} keeps a day's entries in the order they were recorded. */
    private record Happening(LocalDate on, int order, String text) {
    }

    FileHistorySection(FileContext context) {
        super(context, "file-history", "candidatefile.history");
        CandidateFileDetail file = context.file();
        List<Happening> all = new ArrayList<>();
        all.add(new Happening(file.openedOn(), 0, getTranslation("candidatefile.history.opened", file.openedBy())));
        file.ladder().forEach(step -> all.add(new Happening(step.assessedOn(), 1, getTranslation(
                "candidatefile.history.rung", getTranslation("candidates.rung." + step.rung()), step.assessor()))));
        file.flags().forEach(flag -> {
            all.add(new Happening(flag.from(), 2, getTranslation("candidatefile.history.flag", label(flag.flag()))));
            if (flag.until() != null) {
                all.add(new Happening(flag.until(), 2, getTranslation("candidatefile.history.flag-end", label(flag.flag()))));
            }
        });
        file.obligations().forEach(line -> all.add(new Happening(line.from(), 3,
                getTranslation("candidatefile.history.obligation", label(line.kind())))));
        file.obstacles().forEach(line -> {
            all.add(new Happening(line.from(), 4, getTranslation("candidatefile.history.obstacle", label(line.obstacle()))));
            if (line.until() != null) {
                all.add(new Happening(line.until(), 4,
                        getTranslation("candidatefile.history.obstacle-end", label(line.obstacle()))));
            }
        });
        file.deployments().forEach(line -> {
            all.add(new Happening(line.start(), 5, getTranslation("candidatefile.history.deployment", line.instrumentName())));
            if (line.endedOn() != null) {
                all.add(new Happening(line.endedOn(), 6, getTranslation("candidatefile.history.deployment-end",
                        line.instrumentName(), line.outcome())));
            }
        });
        file.intakes().forEach(line -> all.add(new Happening(line.heldOn(), 5,
                getTranslation("candidatefile.history.intake", label(line.outcome())))));
        file.contacts().forEach(line -> all.add(new Happening(line.heldOn(), 5,
                getTranslation("candidatefile.history.contact", label(line.kind()), line.note()))));
        file.handovers().forEach(line -> all.add(new Happening(LocalDate.ofInstant(line.at(), DutchTime.ZONE), 7,
                getTranslation("candidatefile.history.handover", line.to(), line.note()))));
        if (file.closedOn() != null && file.outflowReason() != null) {
            all.add(new Happening(file.closedOn(), 8, getTranslation("candidatefile.history.outflow",
                    label(file.outflowReason()))));
        }
        all.sort(Comparator.comparing(Happening::on).thenComparing(Happening::order).reversed());
        add(lines("history", all.stream().map(happening -> line(getTranslation("candidatefile.history.line",
                date(happening.on()), happening.text()))).toList(), "candidatefile.history.none"));
    }
}
