package nl.werkbrug.shared;

/**
 * An entry of the portal's main navigation, contributed by a module.
 *
 * @param labelKey translation key of the label
 * @param path     route path, e.g. {@code gemeente/enschede/werkvoorraad}
 * @param order    position; lower comes first
 */
public record NavigationEntry(String labelKey, String path, int order) {
}
