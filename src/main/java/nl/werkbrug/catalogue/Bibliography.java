package nl.werkbrug.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region's list of sources ({@code tenants/<region>/bronnen.yaml}). Catalogue entries name a key of this list; the
 * public pages and the read API show the bibliographic reference, never the file a fact was read from.
 */
public final class Bibliography {

    public static final Bibliography EMPTY = new Bibliography(List.of());

    private final Map<String, Citation> byKey = new LinkedHashMap<>();
    private final Map<String, Citation> byFile = new LinkedHashMap<>();

    public Bibliography(List<Citation> citations) {
        for (Citation citation : citations) {
            byKey.put(citation.key(), citation);
            if (citation.file() != null) {
                byFile.put(citation.file(), citation);
            }
        }
    }

    public List<Citation> citations() {
        return List.copyOf(byKey.values());
    }

    /** The source a reference names: by key, or by the file name that versions stored before the list carried. */
    public Optional<Citation> find(String ref) {
        return Optional.ofNullable(byKey.containsKey(ref) ? byKey.get(ref) : byFile.get(ref));
    }

    public boolean hasKey(String key) {
        return byKey.containsKey(key);
    }

    /**
     * A source as the public reads it. A reference the list does not know (typed by a tenant admin) is shown as
     * typed with publisher and year "onbekend" — unless it looks like a file name, which never goes public.
     */
    public PublishedSource publish(SourceRef ref, boolean withQuote) {
        Citation citation = find(ref.file()).orElse(null);
        String quote = withQuote ? ref.quote() : null;
        if (citation == null) {
            String title = looksLikeFileName(ref.file()) ? UNKNOWN : ref.file();
            return new PublishedSource(title, UNKNOWN, UNKNOWN, null, ref.section(), quote);
        }
        return new PublishedSource(citation.title(), citation.publisher(), citation.year(), citation.note(),
                ref.section(), quote);
    }

    static final String UNKNOWN = "onbekend";

    /** Names like {@code 004_aa6be21aa0d924cf.txt} or {@code standards-and-peers.md}. */
    public static boolean looksLikeFileName(String text) {
        return text.matches("(?i).*\\.(txt|md|pdf|docx?|html?|ya?ml|csv)\\b.*") || text.matches("\\d{3}_[0-9a-f]{8,}.*");
    }
}
