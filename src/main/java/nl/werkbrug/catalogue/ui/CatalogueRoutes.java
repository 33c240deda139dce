package nl.werkbrug.catalogue.ui;

/** The addresses of the catalogue pages, in one place so links and routes stay in step. */
final class CatalogueRoutes {

    static final String PUBLIC = "instrumenten";

    private CatalogueRoutes() {
    }

    /** The region's page ({@code scope} empty) or a municipality's page. */
    static String catalogue(String scope) {
        return scope.isEmpty() ? PUBLIC : PUBLIC + "/" + scope;
    }

    static String instrument(String scope, String code) {
        return PUBLIC + "/" + scope + "/" + code;
    }

    static String comparison(String code) {
        return PUBLIC + "/vergelijken/" + code;
    }

    static String adminList(String tenant) {
        return "gemeente/" + tenant + "/instrumenten";
    }

    static String admin(String tenant, String code) {
        return adminList(tenant) + "/" + code;
    }
}
