/**
 * Subsidy views: the employer's request form and requests, and the open-requests section of the employer home.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.subsidies.ui;
