package nl.werkbrug.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running portal with a real headless Chromium (Debian's {@code chromium-headless-shell}) through Playwright,
 * and checks pages with axe-core against WCAG 2.1 A and AA.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "werkbrug";
    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /**
     * How long an action, a navigation or an assertion may wait. Generous because two journeys share two cores (and
     * a CI machine may be busy with more): waiting longer never lets a wrong page pass, it only fails later.
     */
    static final double TIMEOUT_MS = 45_000;

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    /** A new page in the thread's browser context, which the previous test left without cookies or pages. */
    @BeforeEach
    void openBrowser() {
        context = Chromium.context();
        page = context.newPage();
    }

    /** A full-page screenshot of a failed test's page, under target/screenshots. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOfAFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", test.getRequiredTestClass().getSimpleName() + "-"
                            + test.getRequiredTestMethod().getName() + ".png")));
        }
    };

    @AfterEach
    void closeBrowser() {
        Chromium.reset(context);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path.replaceFirst("^/", "");
    }

    /** Opens a path and waits until Vaadin has rendered it. */
    protected Response open(String path) {
        Response response = page.navigate(url(path));
        settle();
        return response;
    }

    /**
     * Waits until the page is loaded and Vaadin has handled every server round trip it started
     * ({@link #waitUntilVaadinIsIdle}).
     * <p>
     * This used to wait for Playwright's {@code LoadState.NETWORKIDLE} first. That state is reached once per
     * navigation, so after a click in the page it returned at once, and after a navigation it always added 500 ms of
     * silence after the last request, however soon Vaadin was done: one to three seconds per sign-in and page opened
     * in a run on a busy machine (measured in ADR 0012, third update). Requests outside Vaadin's client (an upload,
     * an image) are not waited for: the tests assert their outcome with Playwright's assertions, which wait.
     */
    protected void settle() {
        waitUntilVaadinIsIdle();
    }

    /**
     * Waits until the document is loaded, a Vaadin page's application client has started (the bootstrap's
     * "TypeScript" client alone is not enough: it is there before the application's client has handled its first
     * response), no Vaadin client is busy (no request to the server pending, no response still being applied) and no
     * grid is loading rows. Pages that are not Vaadin's (JSON, a downloaded file, Keycloak's) count as idle once loaded.
     */
    protected void waitUntilVaadinIsIdle() {
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    private static final String VAADIN_IDLE = """
            () => {
              if (document.readyState !== 'complete') return false;
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) return true;
              const clients = Object.entries(flow.clients).filter(([, client]) => typeof client.isActive === 'function');
              return clients.some(([name]) => name !== 'TypeScript')
                  && clients.every(([, client]) => client.isActive() === false)
                  && document.querySelector('vaadin-grid[loading]') === null;
            }""";

    protected void typeLogin(String username, String password) {
        if (!page.url().contains("/login")) {
            open("login");
        }
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> !url.endsWith("/login"), new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS));
        settle();
    }

    /**
     * Signs in with the demo password and lands where the user lands after login. It posts the login form's own
     * request (user name, password and the CSRF token the login page carries) from the browser's context, so the
     * session cookie is the browser's, without rendering the login page first: typing into the form is what
     * {@link #typeLogin} does, for the tests of logging in itself (ADR 0012).
     */
    protected void login(String username) {
        signIn(username);
        open("");
        page.locator("#logout").waitFor();
    }

    /**
     * Ends the browser's session: leaves the page first, so its Vaadin client cannot find its session gone and reload
     * itself in the middle of the next navigation (net::ERR_ABORTED), then drops the cookies.
     */
    protected void signOut() {
        page.navigate("about:blank");
        context.clearCookies();
    }

    /** Signs in with the demo password and opens a path. */
    protected void loginAndOpen(String username, String path) {
        signIn(username);
        open(path);
    }

    private void signIn(String username) {
        // A Vaadin page still open would talk to the server with the new session's cookie, find its UI gone and
        // reload itself, aborting the navigation that follows the sign-in (net::ERR_ABORTED): leave it first.
        if (!"about:blank".equals(page.url())) {
            page.navigate("about:blank");
        }
        String loginPage = page.request().get(url("login")).text();
        Matcher csrf = CSRF_META.matcher(loginPage);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        APIResponse response = page.request().post(url("login"), RequestOptions.create()
                .setForm(FormData.create().set("username", username).set("password", DEMO_PASSWORD)
                        .set("_csrf", csrf.group(1)))
                .setMaxRedirects(0));
        assertThat(response.headers().get("location")).as("where login of %s leads", username)
                .isNotNull().doesNotContain("/login");
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Clicks the element and waits until Vaadin has handled the click. */
    protected void clickAndSettle(String selector) {
        page.locator(selector).click();
        settle();
    }

    /**
     * Opens a form of a candidate's file, which is built when its heading is clicked (the form's id without {@code #}),
     * unless it is open already.
     */
    protected void openForm(String formId) {
        Locator details = page.locator("#" + formId + "-details");
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
            settle();
        }
        page.locator("#" + formId).waitFor();
    }

    /** Types the text into the field (a CSS selector of its input or textarea), then clicks the button and settles. */
    protected void fillAndClick(String field, String text, String button) {
        page.locator(field).fill(text);
        clickAndSettle(button);
    }

    /** Opens the select (a CSS selector) and picks the option with exactly this text. */
    protected void choose(String select, String option) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        settle();
        // the list closes with an animation: an axe check right after would still see it
        page.locator(select + " [role=listbox]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.HIDDEN));
    }

    /** Types the value into the field's input or text area, and leaves the field. */
    protected void fill(String field, String value) {
        Locator input = page.locator(field + " input, " + field + " textarea");
        input.fill(value);
        input.press("Tab");
        settle();
    }

    /** Types a date and commits it with Enter, which also closes the calendar overlay. */
    protected void date(String field, String value) {
        Locator input = page.locator(field + " input");
        input.fill(value);
        input.press("Enter");
        settle();
    }

    /** Follows a link or button to the page whose URL matches the glob, and waits until Vaadin has rendered it. */
    protected void followTo(Locator link, String urlGlob) {
        link.click();
        page.waitForURL(urlGlob);
        settle();
    }

    /** The page's level-1 heading. */
    protected Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Each field, by its id, shows the value in its input. */
    protected void assertInputValues(Map<String, String> valuesById) {
        valuesById.forEach((id, value) -> PlaywrightAssertions.assertThat(page.locator("#" + id + " input")).hasValue(value));
    }

    /**
     * No WCAG 2.1 A or AA violation that axe-core can find on the current page: axe-core's rules tagged WCAG 2.1 A
     * and AA, run in one call inside the page, reporting violations only (passes are not collected).
     * <p>
     * Not through axe's {@code AxeBuilder}: that injects axe-core's 560 KB source into the page before every check
     * and hands back the whole result, which Playwright and Jackson then convert. Here the source goes in once per
     * document (a Vaadin page keeps its document while the user moves through the portal) and only the violations
     * come back, as the text of the failure message. Measured on the same pages of {@code ShellBrowserTests} and
     * {@code CandidateFileBrowserTests}, one after the other: 35 s instead of 44 s for 19 checks (ADR 0012).
     */
    protected void assertAccessible() {
        waitUntilVaadinIsIdle();
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => {" + AXE_SOURCE + "}");
        }
        String violations = (String) page.evaluate(AXE_RUN, AXE_WCAG_21_AA_VIOLATIONS);
        assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
    }

    private static final String AXE_SOURCE = AxeBuilder.getAxeScript();

    /** Each violated rule with the elements that violate it, one rule a line; empty when there is none. */
    private static final String AXE_RUN = """
            (options) => axe.run(document, JSON.parse(options)).then(results => results.violations
                .map(rule => rule.id + ': ' + rule.help + ' -> ' + rule.nodes.map(node => JSON.stringify(node.target)).join(', '))
                .join('\\n'))""";

    private static final String AXE_WCAG_21_AA_VIOLATIONS = """
            {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
             "resultTypes": ["violations"]}""";

    /**
     * One Chromium and one browser context per test thread, kept for the whole run: Playwright's objects may only be
     * used from the thread that created them, and test classes that opt in to concurrency run on two threads
     * ({@code junit-platform.properties}). Each test gets a new page; after it, the context's pages are closed and its
     * cookies (the session), permissions and extra headers cleared, so the next test starts signed out. The context's
     * HTTP cache stays: the portal's scripts are fetched and compiled once per thread, not once per test, and no test
     * pays for a new context (ADR 0026).
     */
    static final class Chromium {

        private static final ThreadLocal<Browser> BROWSER = ThreadLocal.withInitial(Chromium::launch);

        private static final ThreadLocal<BrowserContext> CONTEXT = ThreadLocal.withInitial(() -> {
            BrowserContext context = BROWSER.get().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
            context.setDefaultTimeout(TIMEOUT_MS);
            return context;
        });

        static BrowserContext context() {
            return CONTEXT.get();
        }

        static void reset(BrowserContext context) {
            for (Page open : List.copyOf(context.pages())) {
                open.close();
            }
            context.clearCookies();
            context.clearPermissions();
            context.setExtraHTTPHeaders(Map.of());
        }

        /**
         * Debian's {@code chromium-headless-shell} when it is installed (the test command installs it): the same
         * engine without the full browser's window layer, about a third less CPU for the same tests (ADR 0026); else
         * Debian's {@code chromium}. The system property {@code werkbrug.chromium} names another.
         */
        private static Path executable() {
            String chosen = System.getProperty("werkbrug.chromium");
            if (chosen != null) {
                return Path.of(chosen);
            }
            Path shell = Path.of("/usr/bin/chromium-headless-shell");
            return Files.isExecutable(shell) ? shell : Path.of("/usr/bin/chromium");
        }

        private static Browser launch() {
            Playwright playwright = Playwright.create();
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            return playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }
    }
}
