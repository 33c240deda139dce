package nl.werkbrug.employer.internal;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what an employer typed as a vacancy description into safe HTML: plain text becomes paragraphs, HTML keeps
 * only headings, paragraphs, line breaks, emphasis, lists and http(s)/mailto links (with rel="nofollow noopener").
 * Scripts, styles, event handlers, images and every other element or attribute are removed.
 */
public final class DescriptionSanitiser {

    /** Text with any of these has its own structure; other text gets paragraphs from its empty lines. */
    private static final Pattern STRUCTURED = Pattern.compile("<\\s*(p|br|ul|ol|li|h3|h4)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_PARAGRAPHS = Pattern.compile("(?s)(<p>.*?</p>)+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private DescriptionSanitiser() {
    }

    public static String sanitise(String typed) {
        String source = typed.strip();
        if (!STRUCTURED.matcher(source).find()) {
            source = paragraphs(source);
        }
        return POLICY.sanitize(source);
    }

    /**
     * Empty lines become paragraphs and line breaks {@code <br>}. The text is not escaped here: the sanitiser's parser
     * reads a lone {@code <} or {@code &} as text, and entities stay entities, so sanitising twice changes nothing.
     */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    /**
     * What to show in the editor: a description of plain paragraphs as the text it came from, anything richer as
     * its HTML.
     */
    public static String editable(String sanitisedHtml) {
        String withoutBreaks = sanitisedHtml.replace("<br />", "");
        if (!ONLY_PARAGRAPHS.matcher(withoutBreaks).matches() || withoutBreaks.replaceAll("</?p>", "").contains("<")) {
            return sanitisedHtml;
        }
        return decode(sanitisedHtml.replace("</p><p>", "\n\n").replace("<br />", "\n").replaceAll("</?p>", ""));
    }

    private static String decode(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#61;", "=").replace("&#64;", "@").replace("&#43;", "+")
                .replace("&#96;", "`").replace("&amp;", "&");
    }

    /** The text without tags, for search and previews. */
    public static String text(String sanitisedHtml) {
        return decode(sanitisedHtml.replaceAll("<br />|</p>|</li>|</h[34]>", "\n").replaceAll("<[^>]+>", "")).strip();
    }
}
