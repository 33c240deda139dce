package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class DocumentVaultTests {

    static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    final DocumentVault vault = new DocumentVault(KEY_A);

    @Test
    void a_sealed_document_opens_to_the_same_bytes_seals_differently_each_time_and_starts_with_the_marker() {
        byte[] first = vault.seal(PNG);
        byte[] second = vault.seal(PNG);

        assertThat(first).isNotEqualTo(second).hasSize(4 + 12 + PNG.length + 16);
        assertThat(new String(first, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("WBD1");
        assertThat(DocumentVault.isSealed(first)).isTrue();
        assertThat(vault.open(first)).isEqualTo(PNG);
        assertThat(vault.open(second)).isEqualTo(PNG);
    }

    @Test
    void plain_content_from_before_sealing_is_answered_as_it_is() {
        assertThat(DocumentVault.isSealed(PNG)).isFalse();
        assertThat(vault.open(PNG)).isSameAs(PNG);
    }

    @Test
    void a_changed_document_or_another_key_or_a_sealed_bsn_does_not_open() {
        byte[] sealed = vault.seal(PNG);
        byte[] changed = sealed.clone();
        changed[changed.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.open(changed)).hasMessageContaining("A sealed document could not be opened");
        assertThatThrownBy(() -> new DocumentVault(KEY_B).open(sealed)).hasMessageContaining("could not be opened");
        // the same key, another purpose: a BSN sealed with it is no document
        byte[] bsn = Base64.getDecoder().decode(new BsnVault(KEY_A, KEY_B).protect(new nl.werkbrug.shared.Bsn("111222333")).sealed());
        byte[] asDocument = new byte[4 + bsn.length];
        System.arraycopy("WBD1".getBytes(StandardCharsets.US_ASCII), 0, asDocument, 0, 4);
        System.arraycopy(bsn, 0, asDocument, 4, bsn.length);
        assertThatThrownBy(() -> vault.open(asDocument)).hasMessageContaining("could not be opened");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused() {
        assertThatThrownBy(() -> new DocumentVault("c2hvcnQ=")).hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new DocumentVault("not base64!")).hasMessageContaining("must be base64");
    }
}
