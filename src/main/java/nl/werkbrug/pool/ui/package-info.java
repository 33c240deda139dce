/**
 * Pool views: the search (for consultants of every municipality and for employers' users), a profile's page by its
 * pseudonym with its introduction panel, and the saved searches. Each screen is one route per audience over the same
 * components.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.pool.ui;
