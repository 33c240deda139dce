package nl.werkbrug.tenancy;

import java.util.Locale;

/**
 * A colour of a municipality's brand, {@code #rrggbb}, with its contrast to other colours as WCAG 2.1 defines it
 * (relative luminance of the sRGB channels; ratio {@code (L1 + 0.05) / (L2 + 0.05)}, lighter over darker).
 */
public record BrandColour(String hex) {

    public static final BrandColour WHITE = new BrandColour("#ffffff");

    public BrandColour {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("A brand colour is written #rrggbb, not " + hex);
        }
        hex = hex.toLowerCase(Locale.ROOT);
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** WCAG 2.1 relative luminance, 0 for black to 1 for white. */
    public double relativeLuminance() {
        int rgb = rgb();
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    /** WCAG 2.1 contrast ratio with another colour, from 1 (same) to 21 (black on white). */
    public double contrastWith(BrandColour other) {
        double a = relativeLuminance();
        double b = other.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex;
    }
}
