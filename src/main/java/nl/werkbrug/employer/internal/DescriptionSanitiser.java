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

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

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
        if (!LOOKS_LIKE_HTML.matcher(source).find()) {
            source = paragraphs(source);
        }
        return POLICY.sanitize(source);
    }

    private static String paragraphs(String plain) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : plain.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The text without tags, for search and previews. */
    public static String text(String sanitisedHtml) {
        return sanitisedHtml.replaceAll("<br>|</p>|</li>|</h[34]>", "\n").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
