package nl.werkbrug.subsidies;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named text blocks of a letter, read from the tenants folder so a tenant admin can read and change them: the region's
 * {@code <region>/brieven/<letter>.properties}, overridden block by block by the municipality's
 * {@code <region>/<tenant>/brieven/<letter>.properties}. A block's {@code {placeholders}} are filled from named values;
 * a placeholder without a value is an error in the file, not an empty spot in a letter.
 */
final class LetterBlocks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> blocks;

    private LetterBlocks(Map<String, String> blocks) {
        this.blocks = Map.copyOf(blocks);
    }

    static LetterBlocks load(Path tenants, String region, String tenant, String letter) {
        Map<String, String> blocks = new HashMap<>();
        read(tenants.resolve(region).resolve("brieven").resolve(letter + ".properties"), blocks);
        if (blocks.isEmpty()) {
            throw new IllegalStateException("No text blocks for letter " + letter + " in region " + region);
        }
        read(tenants.resolve(region).resolve(tenant).resolve("brieven").resolve(letter + ".properties"), blocks);
        return new LetterBlocks(blocks);
    }

    private static void read(Path file, Map<String, String> into) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read letter blocks " + file, e);
        }
        properties.stringPropertyNames().forEach(name -> into.put(name, properties.getProperty(name)));
    }

    boolean has(String block) {
        return blocks.containsKey(block);
    }

    /** The block with its placeholders filled. */
    String fill(String block, Map<String, String> values) {
        String text = blocks.get(block);
        if (text == null) {
            throw new IllegalStateException("Letter block " + block + " is missing");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("Letter block " + block + " uses {" + match.group(1) + "}, which has no value");
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
