package nl.werkbrug.subsidies;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantBranding;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The decision letter (beschikking) as a PDF in Dutch, in the deciding municipality's name and brand colours (from
 * {@link TenantBranding}). The BSN never appears: the letter goes to the employer.
 */
@Component
class DecisionLetters {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Formats FORMATS = Formats.DUTCH;
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final TenantBranding branding;
    private final Clock clock;

    DecisionLetters(TenantBranding branding, Clock clock) {
        this.branding = branding;
        this.clock = clock;
    }

    /** The letterhead colour: the municipality's brand colour. */
    Color brandColour(Tenant tenant) {
        return new Color(branding.of(tenant).primary().rgb());
    }

    byte[] render(SubsidyRequestDetail request, Tenant tenant) {
        List<Line> lines = new ArrayList<>();
        boolean granted = request.status() == SubsidyStatus.TOEGEKEND;
        LocalDate decided = request.decidedOn() == null ? LocalDate.now(clock) : request.decidedOn();
        lines.add(Line.title("Beschikking " + request.instrumentName().toLowerCase(DUTCH)));
        lines.add(Line.text("Datum: " + FORMATS.longDate(decided)));
        lines.add(Line.text("Ons kenmerk: SUB-" + tenant.id().toUpperCase(DUTCH) + "-" + request.id()));
        lines.add(Line.text("Aan: " + request.employerName()));
        lines.add(Line.gap());
        lines.add(Line.text("Geachte heer/mevrouw,"));
        lines.add(Line.gap());
        lines.add(Line.text("Op " + (request.submittedOn() == null ? "-" : FORMATS.longDate(request.submittedOn()))
                + " ontvingen wij uw aanvraag " + request.instrumentName().toLowerCase(DUTCH) + " voor uw werknemer "
                + request.employeeName() + (request.employeeBirthDate() == null ? "" : ", geboren op "
                + FORMATS.longDate(request.employeeBirthDate())) + ". Wij hebben uw aanvraag beoordeeld volgens de "
                + "Participatiewet en de regels van " + tenant.name() + " (instrumentencatalogus, versie "
                + request.catalogueVersionId() + (request.catalogueOverrideVersionId() == null ? ""
                : "/" + request.catalogueOverrideVersionId()) + ")."));
        lines.add(Line.gap());
        lines.add(Line.heading("Besluit"));
        lines.add(Line.text(granted ? "Wij kennen uw aanvraag toe." : "Wij wijzen uw aanvraag af."));
        if (granted && request.monthlyAmount() != null) {
            lines.add(Line.text("De loonkostensubsidie bedraagt " + euro(request.monthlyAmount()) + " per maand bij "
                    + number(request.hoursPerWeek()) + " uur per week en een loonwaarde van "
                    + number(request.establishedLoonwaarde()) + "%. Dit is het verschil tussen het wettelijk "
                    + "minimumloon en de loonwaarde, ten hoogste 70% van het wettelijk minimumloon, vermeerderd met "
                    + "23,5% voor werkgeverslasten (artikel 10d Participatiewet)."));
        }
        if (granted && request.coachKind() != null) {
            lines.add(Line.text("Jobcoaching door een " + (request.coachKind() == CoachKind.INTERN ? "interne" : "externe")
                    + " jobcoach, " + number(request.coachHoursPerMonth()) + " uur per maand."));
        }
        lines.add(Line.gap());
        lines.add(Line.heading("Motivering"));
        lines.add(Line.text(request.decisionReasons() == null ? "" : request.decisionReasons()));
        if (request.maatwerk()) {
            lines.add(Line.text("Dit besluit is maatwerk: het wijkt af van de regel in de catalogus en is door een "
                    + "tweede consulent beoordeeld en goedgekeurd."));
        }
        lines.add(Line.gap());
        lines.add(Line.heading("Bent u het niet eens met dit besluit?"));
        lines.add(Line.text("Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het "
                + "college van burgemeester en wethouders van " + tenant.name() + " (artikel 6:7 Algemene wet "
                + "bestuursrecht). Vermeld in uw bezwaarschrift ons kenmerk."));
        lines.add(Line.gap());
        lines.add(Line.text("Met vriendelijke groet,"));
        lines.add(Line.text("namens het college van burgemeester en wethouders van " + tenant.name()));
        return pdf(lines, tenant, request);
    }

    private static String euro(BigDecimal amount) {
        return FORMATS.money(amount);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "-" : FORMATS.number(value);
    }

    private record Line(String text, float size, boolean bold, float before) {
        static Line title(String text) { return new Line(text, 18, true, 8); }
        static Line heading(String text) { return new Line(text, 12, true, 4); }
        static Line text(String text) { return new Line(text, 10.5f, false, 0); }
        static Line gap() { return new Line("", 10.5f, false, 6); }
    }

    private byte[] pdf(List<Line> lines, Tenant tenant, SubsidyRequestDetail request) {
        Color brand = brandColour(tenant);
        Color onBrand = new Color(branding.of(tenant).textOnPrimary().rgb());
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Beschikking " + request.instrumentName() + " - " + tenant.name());
            info.setAuthor(tenant.name());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream content = new PDPageContentStream(document, page);
            float top = PDRectangle.A4.getHeight();
            content.setNonStrokingColor(brand);
            content.addRect(0, top - 80, PDRectangle.A4.getWidth(), 80);
            content.fill();
            content.beginText();
            content.setNonStrokingColor(onBrand);
            content.setFont(bold, 20);
            content.newLineAtOffset(MARGIN, top - 50);
            content.showText(clean(tenant.name()));
            content.endText();
            float y = top - 120;
            for (Line line : lines) {
                PDType1Font font = line.bold() ? bold : regular;
                y -= line.before();
                for (String part : wrap(clean(line.text()), font, line.size())) {
                    if (y < MARGIN + 20) {
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = top - MARGIN;
                    }
                    content.beginText();
                    content.setNonStrokingColor(line.bold() ? brand : Color.BLACK);
                    content.setFont(font, line.size());
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(part);
                    content.endText();
                    y -= line.size() * 1.45f;
                }
            }
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps only characters the standard Helvetica (WinAnsi) can draw. */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                kept.append(' ');
            } else if (cp < 0x100 || "€‘’“”–—…".indexOf(cp) >= 0) {
                kept.appendCodePoint(cp);
            } else {
                kept.append('?');
            }
        });
        return kept.toString();
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                result.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        result.add(current.toString());
        return result;
    }
}
