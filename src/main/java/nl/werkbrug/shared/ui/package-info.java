/**
 * Small Vaadin helpers every module's views use: showing the domain's {@link nl.werkbrug.shared.FieldProblem}s at
 * their fields. No Spring beans live here.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.shared.ui;
