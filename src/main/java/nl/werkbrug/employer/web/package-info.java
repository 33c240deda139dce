/**
 * The public vacancy read API (JSON) for municipal websites.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer.web;
