package nl.werkbrug.shell.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

/** Dutch first, English too. The choice is kept in a cookie (and, for logged-in users, in their account). */
final class Languages {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    private static final String COOKIE = "werkbrug-lang";

    private Languages() {
    }

    static Locale supported(@Nullable String language) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(DUTCH);
    }

    static Locale fromRequest(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return DUTCH;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return DUTCH;
    }

    /** Switches the session's language and remembers it in the browser. The caller reloads the page. */
    static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
