package nl.werkbrug.matching.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.werkbrug.matching.Match;
import nl.werkbrug.matching.Part;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.Labelled;

/**
 * A ranked list: one row per match (rank, what is ranked, the total, marks such as banenafspraak), opening to the
 * reasons — per criterion its weight, points and why — and the vacancy's skills that match and are missing.
 */
final class MatchList extends Composite<Div> {

    /** One row: its title, score, marks (message keys), and a link to what is ranked. */
    record Row(String title, Match match, List<String> marks, String href, String linkKey) {
    }

    private final Formats formats;

    MatchList(String id, Formats formats) {
        this.formats = formats;
        getContent().setId(id);
        getContent().addClassName("matching-list");
    }

    /** A message read out when it appears (a count, a refusal). */
    static Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.setId("matching-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    /** Shows the rows, or the empty state's message when there are none. */
    void show(List<Row> rows, String emptyKey) {
        getContent().removeAll();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("matching-empty");
            empty.getElement().setAttribute("role", "status");
            getContent().add(empty);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            getContent().add(row(i + 1, rows.get(i)));
        }
    }

    private Component row(int rank, Row row) {
        Span summary = new Span(getTranslation("matching.row", rank, row.title(),
                formats.number(row.match().total())));
        Div marks = new Div();
        row.marks().forEach(mark -> {
            Span badge = new Span(getTranslation(mark));
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("matching-mark");
            marks.add(badge);
        });
        Div content = new Div(reasons(row.match()), skills("matching.skills.matching", row.match().matchingSkills()),
                skills("matching.skills.missing", row.match().missingSkills()),
                new Paragraph(new Anchor(row.href(), getTranslation(row.linkKey()))));
        NativeDetails details = new NativeDetails(new Span(summary, marks), content);
        details.addClassName("matching-row");
        details.getElement().setAttribute("data-key", row.match().key());
        return details;
    }

    private NativeTable reasons(Match match) {
        NativeTable table = new NativeTable();
        table.addClassName("matching-reasons");
        NativeTableHeader header = new NativeTableHeader();
        NativeTableRow heads = new NativeTableRow();
        for (String key : List.of("matching.table.criterion", "matching.table.weight", "matching.table.points",
                "matching.table.reason")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            heads.add(cell);
        }
        header.add(heads);
        NativeTableBody body = new NativeTableBody();
        for (Part part : match.parts()) {
            NativeTableRow line = new NativeTableRow();
            line.add(new NativeTableCell(getTranslation(part.criterion().labelKey())),
                    new NativeTableCell(formats.number(part.weight())),
                    new NativeTableCell(part.scored() ? formats.number(part.points()) : "–"),
                    new NativeTableCell(reason(part)));
            line.addClassName(part.criterion().labelKey().replace("matching.criterion.", "matching-part-"));
            body.add(line);
        }
        table.add(header, body);
        return table;
    }

    /** The reason in words, its arguments written the portal's way (numbers, dates, labels). */
    private String reason(Part part) {
        return getTranslation(part.reasonKey(), part.args().stream().map(this::argument).toArray());
    }

    private String argument(Object argument) {
        return switch (argument) {
            case Number number -> formats.number(number);
            case LocalDate day -> formats.date(day);
            case Labelled label -> getTranslation(label.labelKey());
            case Collection<?> list -> list.stream().map(this::argument).collect(Collectors.joining(", "));
            default -> argument.toString();
        };
    }

    private Paragraph skills(String key, List<String> skills) {
        Paragraph paragraph = new Paragraph(getTranslation(key, skills.isEmpty() ? getTranslation("matching.skills.none")
                : String.join(", ", skills)));
        paragraph.addClassName(key.replace('.', '-'));
        return paragraph;
    }
}
