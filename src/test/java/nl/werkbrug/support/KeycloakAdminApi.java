package nl.werkbrug.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

/** Keycloak's token endpoint and admin REST API of the running {@link KeycloakServer}, as the tests call them. */
public final class KeycloakAdminApi {

    private KeycloakAdminApi() {
    }

    /** An access token of the master realm's admin (admin-cli, password grant), as {@link KeycloakServer} set it up. */
    public static String masterAdminToken() {
        return token("master", "grant_type=password&client_id=admin-cli&username=admin&password=admin-test-password");
    }

    /** GET on Keycloak's admin API as the master realm's admin; the body. */
    public static String asMasterAdmin(String path) {
        return adminApi("GET", path, masterAdminToken(), null).body();
    }

    /** An access token of this realm's token endpoint for the form (grant type, client, credentials). */
    public static String token(String realm, String form) {
        return JsonPath.read(send(HttpRequest.newBuilder(URI.create(base() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build()).body(), "$.access_token");
    }

    /** A request to Keycloak's admin API with this bearer token; the body, if any, is JSON. */
    public static HttpResponse<String> adminApi(String method, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String base() {
        return "http://127.0.0.1:" + KeycloakServer.running().keycloakPort();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
