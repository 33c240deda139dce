/**
 * Employer views: registration, invitation acceptance, the employer home and the vacancy editor.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer.ui;
