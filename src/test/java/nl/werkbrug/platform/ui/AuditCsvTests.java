package nl.werkbrug.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditCsvTests {

    @Test
    void a_user_name_that_looks_like_a_formula_is_written_as_text() {
        AuditEntry entry = new AuditEntry(1, Instant.parse("2026-12-01T10:00:00Z"), null,
                "=HYPERLINK(\"http://evil.example\",\"klik\")", AuditAction.LOGIN_FAILED, "+31 6", "@SUM(A1)", "127.0.0.1");

        String csv = new String(AuditCsv.write(List.of(entry), List.of("a", "b", "c", "d", "e", "f", "g"),
                action -> "Mislukte login"), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList().get(1)).isEqualTo(
                "2026-12-01T10:00:00Z;;\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\";Mislukte login;'+31 6;'@SUM(A1);127.0.0.1");
    }
}
