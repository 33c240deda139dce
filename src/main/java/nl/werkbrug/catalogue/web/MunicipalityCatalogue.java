package nl.werkbrug.catalogue.web;

import java.util.List;

import nl.werkbrug.catalogue.PublishedInstrument;

/**
 * A municipality's published catalogue.
 *
 * @param municipality  municipality id ("enschede")
 * @param amountsHidden the municipality does not show employers amounts (some or all are left out)
 * @param instruments   regional instruments with the municipality's values, and its own instruments
 */
record MunicipalityCatalogue(String municipality, String name, String cbsCode, boolean amountsHidden,
                             List<PublishedInstrument> instruments) {
}
