package nl.werkbrug;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Work is merged from parallel branches: no merge-conflict marker may reach a source, config or data file. */
class RepositoryHygieneTests {

    static final Pattern MARKER = Pattern.compile("^(<{7} |>{7} |={7}$)");
    static final List<String> FOLDERS = List.of("src", "tenants", "themes", "helm", "frontend", "docs", ".ci");

    @Test
    void no_file_contains_merge_conflict_markers() throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path root = Path.of(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines;
                    try {
                        lines = Files.readAllLines(file);
                    } catch (MalformedInputException binary) {
                        continue;
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        if (MARKER.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
