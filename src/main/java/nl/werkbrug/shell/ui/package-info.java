/**
 * The frame's views and components: layout, login, language choice, tenant switching, route guard and error pages.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.shell.ui;
