package nl.werkbrug.shared;

import java.util.List;

/** Implemented by modules that add entries to the main navigation; the shell collects them. */
public interface NavigationContributor {

    List<NavigationEntry> entries(NavigationScope scope);
}
