package nl.werkbrug.catalogue;

import java.util.List;

/**
 * Why an instrument does not (or may not) apply: a translation key ({@code catalogue.reason.*}, Dutch and English
 * texts) and its arguments (numbers, dates, vocabulary values).
 */
public record Reason(String key, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String name, Object... arguments) {
        return new Reason("catalogue.reason." + name, List.of(arguments));
    }
}
