/** The ranked lists on screen: candidates for an employer's vacancy, vacancies for a consultant's pool profile. */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.matching.ui;
