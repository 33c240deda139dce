package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathsTests {

    /** An invitation token as EmployerInvitations makes them: 32 random bytes, base64url without padding (43). */
    static final String TOKEN = "q3Jx_8bVn-TzP0aW9yLkEfRdHs2uMcXo1iGtNvBlQpA";

    @Test
    void an_invitation_token_never_leaves_the_path() {
        assertThat(LoggedPaths.mask("/werkgever/uitnodiging/" + TOKEN)).isEqualTo("/werkgever/uitnodiging/***");
        assertThat(LoggedPaths.mask("werkgever/uitnodiging/" + TOKEN + "?x=1")).isEqualTo("werkgever/uitnodiging/***?x=1");
        // a short or malformed token is masked as well: the route decides, not the shape
        assertThat(LoggedPaths.mask("/werkgever/uitnodiging/abc")).isEqualTo("/werkgever/uitnodiging/***");
        assertThat(LoggedPaths.mask("https://werkbrug.example/werkgever/Uitnodiging/" + TOKEN))
                .isEqualTo("https://werkbrug.example/werkgever/Uitnodiging/***");
    }

    @Test
    void token_parameters_and_secret_like_segments_are_masked_elsewhere_too() {
        assertThat(LoggedPaths.mask("/login?token=abc&lang=nl")).isEqualTo("/login?token=***&lang=nl");
        assertThat(LoggedPaths.mask("/x?reset_code=1234")).isEqualTo("/x?reset_code=***");
        assertThat(LoggedPaths.mask("/iets/" + TOKEN + "/verder")).isEqualTo("/iets/***/verder");
    }

    @Test
    void ordinary_paths_stay_as_they_are() {
        for (String path : new String[] {"/gemeente/hengelo/werkvoorraad", "/gemeente/enschede/subsidies/1234",
                "/werkgever/aanvragen/loonkostensubsidie", "/api/catalogus/hengelo?taal=nl", ""}) {
            assertThat(LoggedPaths.mask(path)).isEqualTo(path);
        }
    }
}
