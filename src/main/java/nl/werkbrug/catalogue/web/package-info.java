/**
 * The catalogue's public read API (JSON) for municipal websites.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.catalogue.web;
