package nl.werkbrug.tenancy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * PDF documents in a municipality's name: A4 pages under a letterhead in its brand colours, with titles, headings
 * and wrapped text, flowing onto new pages. Letters and the inzage copy are written in these lines.
 */
@Component
public class TenantDocuments {

    /** A line of a document: a title, a heading, a paragraph of text, or a gap. */
    public record Line(String text, float size, boolean bold, float before) {

        public static Line title(String text) {
            return new Line(text, 18, true, 8);
        }

        public static Line heading(String text) {
            return new Line(text, 12, true, 4);
        }

        public static Line text(String text) {
            return new Line(text, 10.5f, false, 0);
        }

        public static Line gap() {
            return new Line("", 10.5f, false, 6);
        }
    }

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** The letterhead colour: the municipality's brand colour. */
    public Color brandColour(Tenant tenant) {
        return new Color(tenant.brand().primary().rgb());
    }

    /**
     * @param title the document's title in its properties (what a screen reader or file list shows)
     */
    public byte[] render(Tenant tenant, String title, List<Line> lines) {
        return render(tenant.name(), brandColour(tenant), new Color(tenant.brand().textOnPrimary().rgb()), title, lines);
    }

    /**
     * The same document under the letterhead of an organisation that is no municipality (a region), in the given
     * colours.
     */
    public byte[] render(String organisation, Color brand, Color onBrand, String title, List<Line> lines) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(clean(title));
            info.setAuthor(clean(organisation));
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
            content.showText(clean(organisation));
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
    static String clean(String text) {
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
