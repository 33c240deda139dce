package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import nl.werkbrug.shared.Bsn;
import org.junit.jupiter.api.Test;

class BsnVaultTests {

    static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    final BsnVault vault = new BsnVault(KEY_A, KEY_B);
    /** 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6·11. */
    final Bsn bsn = new Bsn("111222333");

    @Test
    void a_sealed_bsn_opens_to_the_same_number_but_never_contains_it() {
        BsnVault.ProtectedBsn stored = vault.protect(bsn);

        assertThat(stored.sealed()).doesNotContain("111222333");
        assertThat(new String(Base64.getDecoder().decode(stored.sealed()))).doesNotContain("111222333");
        assertThat(vault.reveal(stored.sealed())).isEqualTo(bsn);
        assertThat(stored.masked()).isEqualTo("******333");
    }

    @Test
    void the_same_bsn_seals_differently_each_time_but_has_one_blind_index() {
        BsnVault.ProtectedBsn first = vault.protect(bsn);
        BsnVault.ProtectedBsn second = vault.protect(bsn);

        assertThat(first.sealed()).isNotEqualTo(second.sealed());
        assertThat(first.index()).isEqualTo(second.index()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(vault.index(new Bsn("123456782"))).isNotEqualTo(first.index());
    }

    @Test
    void another_index_key_gives_another_index_so_the_index_reveals_nothing_without_the_key() {
        BsnVault other = new BsnVault(KEY_A, KEY_A);

        assertThat(other.index(bsn)).isNotEqualTo(vault.index(bsn));
    }

    @Test
    void a_changed_sealed_value_or_another_key_does_not_open() {
        byte[] sealed = Base64.getDecoder().decode(vault.protect(bsn).sealed());
        sealed[sealed.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> vault.reveal(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BsnVault(KEY_B, KEY_B).reveal(vault.protect(bsn).sealed()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_with_its_property_named() {
        assertThatThrownBy(() -> new BsnVault("c2hvcnQ=", KEY_B)).hasMessageContaining("werkbrug.bsn.encryption-key")
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new BsnVault(KEY_A, "no base64!")).hasMessageContaining("werkbrug.bsn.index-key");
    }
}
