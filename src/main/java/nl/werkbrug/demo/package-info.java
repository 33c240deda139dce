/**
 * Demo data for the embedded default: a demo company and one user per role. Off in production.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.demo;
