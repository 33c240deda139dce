/**
 * Small Vaadin helpers every module's views use: {@link nl.werkbrug.shared.ui.FormSection} for a headed part of a
 * form, {@link nl.werkbrug.shared.ui.ProblemFields} to show the domain's {@link nl.werkbrug.shared.FieldProblem}s
 * at their fields, and {@link nl.werkbrug.shared.ui.Facts} for a translated term and its value in a description
 * list. The rules themselves live in the modules' records. No Spring beans live here.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.shared.ui;
