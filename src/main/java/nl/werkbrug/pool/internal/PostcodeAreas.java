package nl.werkbrug.pool.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The centres of the region's 4-digit postcode areas, shipped as data with their source
 * ({@code pool/postcode-areas.csv}), for distances between a candidate and a place of work.
 */
@Component
public class PostcodeAreas {

    /** A point in WGS84 degrees. */
    public record Centroid(double latitude, double longitude) {

        /** The great-circle distance in kilometres. */
        public double kilometresTo(Centroid other) {
            double lat1 = Math.toRadians(latitude);
            double lat2 = Math.toRadians(other.latitude);
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(other.longitude - longitude);
            double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        }
    }

    private final Map<String, Centroid> centroids;

    PostcodeAreas() {
        this.centroids = read("pool/postcode-areas.csv");
    }

    public Optional<Centroid> centroid(String postcodeArea) {
        return Optional.ofNullable(centroids.get(postcodeArea));
    }

    /** The areas whose centre lies within {@code km} of a point, with their distance from it. */
    public Map<String, Double> within(Centroid from, double km) {
        Map<String, Double> within = new java.util.TreeMap<>();
        centroids.forEach((area, centre) -> {
            double distance = from.kilometresTo(centre);
            if (distance <= km) {
                within.put(area, distance);
            }
        });
        return within;
    }

    public int size() {
        return centroids.size();
    }

    /** Lines {@code pc4;latitude;longitude;...}; lines starting with # are comments, the first other line a header. */
    private static Map<String, Centroid> read(String resource) {
        Map<String, Centroid> read = new HashMap<>();
        ClassPathResource file = new ClassPathResource(resource);
        if (!file.exists()) {
            return Map.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(";");
                read.put(cells[0].strip(), new Centroid(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(read);
    }
}
