package nl.werkbrug.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Hostile input typed into a real form in a real browser (issue 13, "bad input", the browser part of
 * {@link HostileInputTests}): a representative subset of its set (long, right-to-left, zero-width, HTML and script,
 * a spreadsheet formula, SQL, huge numbers, malformed dates) goes into the form's own fields, the form's button is
 * pressed, and the page must show the domain's refusal at the fields or take the input as text:
 * <ul>
 *   <li>no server error: no response of 500 or more, no server error page and no Vaadin system error;</li>
 *   <li>no injected markup: no script ran (no dialog), no element the input could have created
 *   ({@code <img src=x>}, an {@code onerror}/{@code onload} attribute, a {@code javascript:} link, a script with it);</li>
 *   <li>nothing lost: after a refused save every field still holds what was typed.</li>
 * </ul>
 * Each test prints "N hostile inputs through the browser form F, 0 server errors, 0 lost inputs, 0 injected markup".
 */
public final class HostileForm {

    /**
     * Texts, two kinds in each so that every attempt (a press of the form's button, one to two seconds in the browser)
     * tries more: long; right-to-left override, zero-width characters and Arabic; script and an image with onerror;
     * a spreadsheet formula and SQL. The service-level suite ({@code HostileInputTests}) tries each on its own.
     */
    public static final List<String> TEXTS = List.of("A".repeat(5_000),
            "\u202Eevil\u202C Ja\u200Bn\u200D Jan\u200Csen مرحبا بالعالم",
            "<script>alert(1)</script><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://evil.example\",\"klik\") ' OR '1'='1'; drop table audit_event; --");
    /** Numbers a number input accepts as typed text: huge, beyond a double, negative, tiny. */
    public static final List<String> NUMBERS = List.of("99999999999999999999999999", "1e309", "-1", "0.0000000001");
    /** Dates that do not exist or do not parse. */
    public static final List<String> DATES = List.of("31-02-2026", "45-13-2026", "0-0-0", "1-1-99999");

    private static final String INJECTED = """
            () => document.querySelectorAll('img[src="x"], [onerror], [onload], a[href^="javascript:"], iframe[src*="evil"]').length
                + [...document.scripts].filter(script => script.textContent.includes('alert(1)')).length""";

    private final String form;
    private final Page page;
    private final Runnable settle;
    private int inputs;
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> lostInputs = new ArrayList<>();
    private final List<String> injectedMarkup = new ArrayList<>();

    /** Watches the page for server errors and scripts that run; {@code settle} waits until Vaadin is idle. */
    public HostileForm(String form, Page page, Runnable settle) {
        this.form = form;
        this.page = page;
        this.settle = settle;
        page.onResponse(response -> {
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " " + response.url());
            }
        });
        page.onDialog(dialog -> {
            injectedMarkup.add("a script ran: " + dialog.message());
            dialog.dismiss();
        });
    }

    /**
     * Types each value into its field (a CSS selector of the Vaadin field), presses the button and checks the page.
     * Answers whether the form refused (a field marked invalid).
     */
    public boolean attempt(Map<String, String> values, String button) {
        // what the fields hold as typed (the browser applies a field's length limit and allowed characters)
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            Locator input = input(field);
            input.fill(value);
            typed.put(field, input.inputValue());
            // leaves the field as a user does; a date picker's text is committed with Enter, which closes its calendar
            boolean datePicker = "vaadin-date-picker".equals(page.locator(field).first().evaluate("field => field.localName"));
            input.press(datePicker ? "Enter" : "Tab");
            inputs++;
        });
        page.locator(button).click();
        settle.run();
        String what = shorten(values.toString());
        if (page.locator("#error-server, #error-database, .v-system-error").count() > 0) {
            serverErrors.add(what + ": " + page.locator("main").first().textContent());
        }
        if (((Number) page.evaluate(INJECTED)).intValue() > 0) {
            injectedMarkup.add(what);
        }
        boolean refused = page.locator("[invalid]").count() > 0;
        if (refused) {
            typed.forEach((field, value) -> {
                if (input(field).count() == 0 || !input(field).inputValue().equals(value)) {
                    lostInputs.add(field + " after " + what);
                }
            });
        }
        return refused;
    }

    private Locator input(String field) {
        return page.locator(field + " input, " + field + " textarea").first();
    }

    /** Prints the count and fails on any server error, lost input or injected markup. */
    public void report() {
        System.out.printf("%d hostile inputs through the browser form %s, %d server errors, %d lost inputs, %d injected markup%n",
                inputs, form, serverErrors.size(), lostInputs.size(), injectedMarkup.size());
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(lostInputs).as("inputs lost after a refused save").isEmpty();
        assertThat(injectedMarkup).as("injected markup").isEmpty();
        assertThat(inputs).as("inputs typed").isPositive();
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
