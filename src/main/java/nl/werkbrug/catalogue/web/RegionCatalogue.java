package nl.werkbrug.catalogue.web;

import java.util.List;

import nl.werkbrug.catalogue.PublishedInstrument;

/**
 * The region's published instrumentenkoffer.
 *
 * @param region         region id ("twente")
 * @param municipalities the region's municipalities, each with the address of its own catalogue
 * @param instruments    the regional instruments with the region's values
 */
record RegionCatalogue(String region, String name, List<Municipality> municipalities, List<PublishedInstrument> instruments) {

    record Municipality(String id, String name, String cbsCode, String catalogue) {
    }
}
