/** Screens of the regional candidate pool: parts the profile page embeds. */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.pool.ui;
