package nl.werkbrug.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Consultants and employers doing their real steps through Vaadin's real requests, as Chromium sends them (recorded
 * with Playwright's {@code page.onRequest} against the running portal by bench/load/RecordSession.java): the login
 * page with its Vaadin bootstrap, the login form's POST with its CSRF token, the bootstrap of the page the user lands on
 * ({@code ?v-r=init}: UI id and the {@code Vaadin-Security-Key}), then UIDL requests ({@code ?v-r=uidl&v-uiId=…})
 * carrying that key as {@code csrfToken} and the {@code syncId} and {@code clientId} of the previous response:
 * {@code ui-navigate} events as the client router sends them for a click on a link, a button's {@code click} event,
 * and the grid's {@code confirmUpdate} after it received its rows. Every response is checked for the view it should
 * show (an element id of that view), so an error page, a login page or a lost session counts as an error.
 *
 * <p>System properties: {@code load.baseUrl}, {@code load.users} (concurrent users, 70 % consultants), {@code
 * load.rampSeconds}, {@code load.holdSeconds} (each user loops its steps until ramp + hold is over), {@code
 * load.thinkMin}/{@code load.thinkMax} (seconds between steps, default 2-5).
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:18080");
    private static final int USERS = Integer.getInteger("load.users", 10);
    private static final int RAMP = Integer.getInteger("load.rampSeconds", 30);
    private static final int HOLD = Integer.getInteger("load.holdSeconds", 60);
    private static final int THINK_MIN = Integer.getInteger("load.thinkMin", 2);
    private static final int THINK_MAX = Integer.getInteger("load.thinkMax", 5);
    private static final long RAMP_END = System.currentTimeMillis() + RAMP * 1000L;
    private static final long DEADLINE = RAMP_END + HOLD * 1000L;

    /** What Chromium's Flow client sends with its bootstrap request (window and screen of a 1280×720 browser). */
    private static final String INIT_PARAMETERS = "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FAmsterdam&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";

    /** Consultants of the three demo municipalities with generated caseloads; many virtual users share each. */
    private static final List<Map<String, Object>> CONSULTANTS = List.of(
            Map.of("username", "consulent.enschede", "tenant", "enschede"),
            Map.of("username", "consulent.hengelo", "tenant", "hengelo"),
            Map.of("username", "consulent.hellendoorn", "tenant", "hellendoorn"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 "
                    + "Safari/537.36 (Werkbrug load test)")
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .disableCaching()
            .shareConnections();

    /**
     * Sends the request, records its response time (the first check, so a later failing check still leaves it) and
     * whether it failed; a user whose request failed leaves, as its Vaadin client would be out of step.
     */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.remove("responseTime").set("sentAt", System.currentTimeMillis()))
                .exec(request)
                .exec(session -> {
                    LoadStatistics.record(name, session.contains("responseTime") ? session.getInt("responseTime") : -1,
                            session.isFailed(), session.getLong("sentAt") >= RAMP_END);
                    return session;
                })
                .exitHereIfFailed();
    }

    private static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get(path).check(responseTimeInMillis().saveAs("responseTime"));
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
    }

    /** The page's HTML and Flow's bootstrap request for it: a new UI, its id and security key. */
    private static ChainBuilder bootstrap(String name, String path, String location) {
        return timed("page: " + name, get("page: " + name, path).check(status().is(200))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("loginCsrf")))
                .exec(session -> session.set("windowName", "v-0." + ThreadLocalRandom.current().nextLong(1L << 52)))
                .exec(timed("init: " + name, get("init: " + name,
                                "/?v-r=init&location=" + location + INIT_PARAMETERS + "&v-curdate=#{currentTimeMillis()}"
                                + "&v-wn=#{windowName}")
                        .check(status().is(200))
                        .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"))
                        .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrfToken"))
                        .check(jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"))
                        .check(jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"))))
                .exec(session -> session.set("historyIndex", 0));
    }

    /** One UIDL request with the given RPC invocations, taking the next syncId and clientId from its response. */
    private static ChainBuilder uidl(String name, java.util.function.Function<Session, String> rpc, String expected) {
        return timed(name, http(name).post(UIDL)
                .check(responseTimeInMillis().saveAs("responseTime"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrfToken") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(status().is(200))
                .check(jsonPath("$.syncId").ofInt().saveAs("syncId"))
                .check(jsonPath("$.clientId").ofInt().saveAs("clientId"))
                .check(substring("sessionExpired").notExists())
                .check(substring("\"appError\"").notExists())
                .check(substring(expected).exists())
                .check(elementNode("caseload").optional().saveAs("gridNode"))
                .check(elementNode("new-request").optional().saveAs("newRequestNode"))
                .check(regex("_href\":\"gemeente/[a-z-]+/dossiers/(\\d+)\"").findAll().optional().saveAs("fileIds")));
    }

    /** The state node of the element with this id, from the attribute change that gives it the id. */
    private static io.gatling.javaapi.core.CheckBuilder.CaptureGroupCheckBuilder elementNode(String id) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + id + "\"\\}");
    }

    /**
     * The client router's event for a click on a link to {@code route} (the first one after a page load carries
     * the page's own route and no trigger), then the grid's confirmation of the rows it received, if the view has
     * one of the grids this test follows.
     */
    private static ChainBuilder navigate(String name, java.util.function.Function<Session, String> route,
                                         String expected, boolean firstOfPage) {
        return exec(session -> session.remove("gridNode"))
                .exec(uidl("navigate: " + name, session -> {
                    int index = session.getInt("historyIndex");
                    String history = firstOfPage ? "{\"idx\":0}"
                            : "{\"usr\":null,\"key\":\"" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                            + "\",\"idx\":" + index + "}";
                    return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                            + route.apply(session) + "\",\"query\":\"\",\"appShellTitle\":\"Werkbrug\",\"historyState\":"
                            + history + ",\"trigger\":\"" + (firstOfPage ? "" : "client") + "\"}}";
                }, expected))
                .exec(session -> session.set("historyIndex", session.getInt("historyIndex") + (firstOfPage ? 0 : 1)))
                .doIf(session -> session.contains("gridNode")).then(
                        uidl("grid rows: " + name, session -> "{\"type\":\"publishedEventHandler\",\"node\":"
                                + session.getString("gridNode")
                                + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[0],"
                                + "\"promise\":0}", "\"syncId\""));
    }

    /** The login page (with its Vaadin UI), a few seconds of typing, the form's POST, the landing page's bootstrap. */
    private static ChainBuilder login() {
        return bootstrap("login", "/login", "login")
                .exec(navigate("login", session -> "/login", "vaadin-login-form", true))
                .pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                .exec(timed("login POST", http("login POST").post("/login")
                        .check(responseTimeInMillis().saveAs("responseTime"))
                        .formParam("_csrf", "#{loginCsrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", "werkbrug")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("/login")).is(false))))
                .exec(bootstrap("home", "/", ""));
    }

    private final ScenarioBuilder consultants = scenario("consultant")
            .feed(listFeeder(CONSULTANTS).circular())
            .exec(login())
            .exec(navigate("caseload (home)", session -> "/", "\"caseload\"", true))
            .asLongAs(session -> System.currentTimeMillis() < DEADLINE).on(
                    think()
                            .exec(navigate("candidate file", session -> "gemeente/" + session.getString("tenant")
                                    + "/dossiers/" + randomOf(session.getList("fileIds")), "back-to-caseload", false))
                            .exec(think())
                            .exec(navigate("caseload", session -> "gemeente/" + session.getString("tenant")
                                    + "/werkvoorraad", "\"caseload\"", false)));

    private final ScenarioBuilder employers = scenario("employer")
            .exec(session -> session.set("username", "werkgever.demo"))
            .exec(login())
            .exec(navigate("company home (landing)", session -> "/", "company-name", true))
            .asLongAs(session -> System.currentTimeMillis() < DEADLINE).on(
                    think()
                            .exec(navigate("vacancies", session -> "werkgever/vacatures", "\"vacancies\"", false))
                            .exec(think())
                            .exec(navigate("requests", session -> "werkgever/aanvragen", "\"new-request\"", false))
                            .exec(think())
                            .exec(uidl("click: new request", session -> "{\"type\":\"event\",\"node\":"
                                    + session.getString("newRequestNode") + ",\"event\":\"click\",\"data\":"
                                    + "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
                                    + "\"event.ctrlKey\":false,\"event.clientX\":359,\"event.clientY\":187,"
                                    + "\"event.altKey\":false,\"event.button\":0,\"event.screenY\":284,"
                                    + "\"event.screenX\":369}}", "\"instrument\""))
                            .exec(think())
                            .exec(navigate("company home", session -> "werkgever", "company-name", false)));

    private static String randomOf(List<Object> ids) {
        return String.valueOf(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }

    @Override
    public void after() {
        try {
            LoadStatistics.write(java.nio.file.Path.of(System.getProperty("load.resultFile", "target/load/result.tsv")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    {
        int consultantUsers = Math.max(1, Math.round(USERS * 0.7f));
        int employerUsers = Math.max(0, USERS - consultantUsers);
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(consultants.injectOpen(rampUsers(consultantUsers).during(RAMP)));
        if (employerUsers > 0) {
            populations.add(employers.injectOpen(rampUsers(employerUsers).during(RAMP)));
        }
        setUp(populations).protocols(protocol);
    }
}
