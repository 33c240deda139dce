package nl.werkbrug.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.werkbrug.shared.Bsn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps BSNs unreadable at rest (BIO, security review finding 10): a BSN is stored sealed with AES-256-GCM (a fresh
 * 96-bit nonce per value, the purpose bound in as associated data), next to a blind index, an HMAC-SHA256 under a
 * second key, that lets a module find a record by BSN without storing the number. Both keys come from configuration
 * ({@code WERKBRUG_BSN_ENCRYPTION_KEY}, {@code WERKBRUG_BSN_INDEX_KEY}: 32 random bytes, base64); production refuses
 * the development keys. Losing the encryption key loses the BSNs: it belongs in the same backup as the database.
 */
@Service
public class BsnVault {

    /** A BSN as it is stored: sealed, its blind index, and the masked form screens show. */
    public record ProtectedBsn(String sealed, String index, String masked) {
    }

    private static final byte[] PURPOSE = "werkbrug-bsn-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;

    BsnVault(@Value("${werkbrug.bsn.encryption-key}") String encryptionKey,
             @Value("${werkbrug.bsn.index-key}") String indexKey) {
        this.encryptionKey = new SecretKeySpec(AesGcm.key(encryptionKey, "werkbrug.bsn.encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(AesGcm.key(indexKey, "werkbrug.bsn.index-key"), "HmacSHA256");
    }

    public ProtectedBsn protect(Bsn bsn) {
        return new ProtectedBsn(seal(bsn), index(bsn), bsn.masked());
    }

    /** The blind index of a BSN: the same number always gives the same index, which reveals nothing without the key. */
    public String index(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The BSN behind a sealed value; fails when the value was changed or sealed under another key. */
    public Bsn reveal(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        return new Bsn(new String(AesGcm.open(encryptionKey, PURPOSE, bytes, 0, bytes.length, "A sealed BSN"),
                StandardCharsets.US_ASCII));
    }

    private String seal(Bsn bsn) {
        return Base64.getEncoder().encodeToString(
                AesGcm.seal(encryptionKey, PURPOSE, bsn.value().getBytes(StandardCharsets.US_ASCII)));
    }
}
