package nl.werkbrug.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running portal with a real headless Chromium (Debian's {@code /usr/bin/chromium}) through Playwright,
 * and checks pages with axe-core against WCAG 2.1 A and AA.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "werkbrug";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    @BeforeEach
    void openBrowser() {
        context = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.addInitScript(NOTE_LAST_INPUT);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", test.getTestClass().orElseThrow().getSimpleName() + "-"
                            + test.getTestMethod().orElseThrow().getName() + ".png")));
        }
        context.close();
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
     * Waits until Vaadin has handled every server round trip it started: the page loaded, no Vaadin client busy (the
     * bootstrap's client stays busy until the application's own client has started), no grid loading, and, if the
     * field typed in last still has the focus, no typing there in the last {@value #TYPING_QUIET_MS} ms (a field in
     * {@code ValueChangeMode.LAZY} sends its value 400 ms after the last keystroke; {@link #fill} leaves the field,
     * which sends the value at once).
     * <p>
     * This waited for Playwright's {@code LoadState.NETWORKIDLE} first, which always waits 500 ms after the last
     * request, even when Vaadin answered in 20 ms: half a second or more for each of the some 400 settles of a run,
     * with the cores idle (docs/adr/0012-parallel-tests.md). Requests outside Vaadin's client (an upload, an image)
     * are not waited for: assert their outcome with Playwright's assertions, which wait.
     */
    protected void settle() {
        page.waitForFunction(QUIET, TYPING_QUIET_MS, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    /** Longer than Vaadin's {@code ValueChangeMode.LAZY} timeout of 400 ms. */
    static final int TYPING_QUIET_MS = 500;

    /** Notes, in every page of the browser context, which element the user last typed in, and when. */
    private static final String NOTE_LAST_INPUT = """
            window.__werkbrugTyped = null;
            document.addEventListener('input', event => {
              window.__werkbrugTyped = { target: event.composedPath()[0], at: performance.now() };
            }, true);""";

    /**
     * True when the page is quiet: loaded, no Vaadin client busy, no grid loading, and the field typed in last (if
     * it still has the focus) left alone for {@code quietMs}. Pages that are not Vaadin's (JSON, a downloaded file,
     * Keycloak's) count as quiet once loaded.
     */
    private static final String QUIET = """
            quietMs => {
              const typed = window.__werkbrugTyped;
              if (typed && performance.now() - typed.at < quietMs) {
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                  focused = focused.shadowRoot.activeElement;
                }
                if (focused === typed.target) return false;
              }
              if (document.readyState !== 'complete') return false;
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) return true;
              const clients = Object.entries(flow.clients).filter(([, client]) => typeof client.isActive === 'function');
              return clients.some(([name]) => name !== 'TypeScript')
                  && clients.every(([, client]) => client.isActive() === false)
                  && document.querySelector('vaadin-grid[loading]') === null;
            }""";

    /**
     * Waits until no Vaadin client on the page is busy (no request to the server pending, no response still being
     * applied) and no grid is loading rows. Pages that are not Vaadin's (JSON, a downloaded file) count as idle.
     */
    protected void waitUntilVaadinIsIdle() {
        page.waitForFunction(QUIET, 0, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

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

    protected void login(String username) {
        open("login");
        typeLogin(username, DEMO_PASSWORD);
        page.locator("#logout").waitFor();
    }

    /** Logs in with the demo password and opens a path. */
    protected void loginAndOpen(String username, String path) {
        login(username);
        open(path);
    }

    /** Clicks the element and waits until Vaadin has handled the click. */
    protected void clickAndSettle(String selector) {
        page.locator(selector).click();
        settle();
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

    /** No WCAG 2.1 A or AA violation that axe-core can find on the current page. */
    protected void assertAccessible() {
        waitUntilVaadinIsIdle();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " -> " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", page.url(), violations).isEmpty();
    }

    /**
     * One Chromium per test thread, kept for the whole run: Playwright's objects may only be used from the thread that
     * created them, and test classes that opt in to concurrency run on two threads ({@code junit-platform.properties}).
     */
    static final class Chromium {

        private static final ThreadLocal<Browser> BROWSER = ThreadLocal.withInitial(Chromium::launch);

        static Browser browser() {
            return BROWSER.get();
        }

        private static Browser launch() {
            Playwright playwright = Playwright.create();
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            return playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("werkbrug.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }
    }
}
