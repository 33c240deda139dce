import com.microsoft.playwright.*;
import java.nio.file.*;
import java.util.*;

/**
 * Records what Chromium sends to the portal for one user's steps, the source of the requests in
 * src/gatling/java/nl/werkbrug/bench/load/PortalSimulation.java: logs in with the demo password through the login form,
 * clicks the given CSS selectors one after another and prints every page, Vaadin bootstrap and UIDL request with its
 * body and the responses (Playwright's page.onRequest/onResponse). Run it against a running portal, e.g.
 *
 *   M=~/.m2/repository/com/microsoft/playwright; V=1.62.0
 *   CP=$M/playwright/$V/playwright-$V.jar:$M/driver/$V/driver-$V.jar:$M/driver-bundle/$V/driver-bundle-$V.jar:$(find ~/.m2/repository/com/google/code/gson -name 'gson-2*.jar' | sort | tail -1)
 *   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$CP" bench/load/RecordSession.java http://127.0.0.1:8080 \
 *       consulent.enschede '#caseload a' '#back-to-caseload' > session.txt
 */
public class RecordSession {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
            Page page = browser.newContext().newPage();
            page.onRequest(r -> {
                if (r.url().contains("/VAADIN/") && !r.url().contains("v-r=")) return;
                if (r.url().matches(".*\\.(js|css|png|svg|woff2?|ico)(\\?.*)?$")) return;
                System.out.println(">>> " + r.method() + " " + r.url());
                var h = r.headers();
                if (h.containsKey("content-type")) System.out.println("    ct: " + h.get("content-type"));
                String body = r.postData();
                if (body != null) System.out.println("    body: " + body);
            });
            page.onResponse(resp -> {
                String u = resp.url();
                if (u.contains("v-r=") || u.endsWith("/login") || resp.request().isNavigationRequest()) {
                    String t;
                    try { t = resp.text(); } catch (Exception e) { t = "<" + e.getMessage() + ">"; }
                    System.out.println("<<< " + resp.status() + " " + u + " loc=" + resp.headers().get("location"));
                    System.out.println("    resp: " + (t.length() > 400000 ? t.substring(0, 400000) + "...(" + t.length() + ")" : t));
                }
            });
            page.navigate(base + "/login");
            page.waitForLoadState();
            page.locator("#vaadinLoginUsername input").fill(user);
            page.locator("#vaadinLoginPassword input").fill("werkbrug");
            System.out.println("===== SUBMIT LOGIN");
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.waitForURL(u -> !u.endsWith("/login"));
            page.waitForTimeout(3000);
            System.out.println("===== LANDED " + page.url());
            for (int i = 2; i < args.length; i++) {
                String sel = args[i];
                System.out.println("===== CLICK " + sel);
                page.locator(sel).first().click();
                page.waitForTimeout(2500);
                System.out.println("===== NOW " + page.url());
            }
            browser.close();
        }
    }
}
