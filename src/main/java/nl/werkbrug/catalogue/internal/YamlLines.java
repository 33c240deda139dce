package nl.werkbrug.catalogue.internal;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Finds the line of a field inside an entry of a top-level list in a catalogue file, so every problem can be reported
 * with its line even where the YAML parser no longer knows it (Bean Validation, record creators).
 */
final class YamlLines {

    private YamlLines() {
    }

    /**
     * The 1-based line of {@code field} (a dotted path such as {@code amount.kind}) in element {@code index} of the
     * top-level list {@code list}; the line of the element itself when the field is empty or not written.
     */
    static OptionalInt line(String text, String list, int index, String field) {
        String[] lines = text.split("\n", -1);
        int listLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(Pattern.quote(list) + ":\\s*(#.*)?")) {
                listLine = i;
                break;
            }
        }
        if (listLine < 0) {
            return OptionalInt.empty();
        }
        int itemIndent = -1;
        int count = -1;
        int start = -1;
        int end = lines.length;
        for (int j = listLine + 1; j < lines.length; j++) {
            String line = lines[j];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent == 0) {
                end = j;
                break;
            }
            if (stripped.startsWith("- ") || stripped.equals("-")) {
                if (itemIndent < 0) {
                    itemIndent = indent;
                }
                if (indent == itemIndent) {
                    count++;
                    if (count == index) {
                        start = j;
                    } else if (count == index + 1) {
                        end = j;
                        break;
                    }
                }
            }
        }
        if (start < 0) {
            return OptionalInt.empty();
        }
        int position = start;
        if (!field.isBlank()) {
            for (String segment : field.split("\\.")) {
                String key = segment.replaceAll("\\[\\d+]", "");
                Pattern keyLine = Pattern.compile("^\\s*(- )?" + Pattern.quote(key) + "\\s*:.*");
                boolean found = false;
                for (int j = position; j < end; j++) {
                    if (keyLine.matcher(lines[j]).matches()) {
                        position = j;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    break;
                }
            }
        }
        return OptionalInt.of(position + 1);
    }
}
