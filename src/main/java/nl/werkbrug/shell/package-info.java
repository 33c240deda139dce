/**
 * The portal's frame: main layout, navigation, tenant switcher, language, login page and error pages, and the public
 * front door for employers with its own frame ({@code PublicFrame}). Modules put
 * their views in the frame by route ({@code @Layout}) and add navigation through
 * {@link nl.werkbrug.shared.NavigationContributor}; the shell knows none of their views.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.shell;
