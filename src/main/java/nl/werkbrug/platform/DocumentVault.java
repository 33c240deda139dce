package nl.werkbrug.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps documents (the attachments of subsidy requests) unreadable at rest (security review finding 10): each is
 * stored as a marker, then AES-256-GCM as {@link BsnVault} seals BSNs, under its own key from configuration
 * ({@code WERKBRUG_DOCUMENT_ENCRYPTION_KEY}, 32 random bytes in base64, in the same Secret as the BSN keys;
 * production refuses the development key). Content without the marker was stored before sealing existed: it is
 * answered as it is until the start-up migration has sealed it.
 */
@Service
public class DocumentVault {

    private static final byte[] MARKER = "WBD1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PURPOSE = "werkbrug-document-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    DocumentVault(@Value("${werkbrug.documents.encryption-key}") String key) {
        this.key = new SecretKeySpec(AesGcm.key(key, "werkbrug.documents.encryption-key"), "AES");
    }

    /** The document as it is stored: the marker, then the sealed content. */
    public byte[] seal(byte[] content) {
        byte[] sealed = AesGcm.seal(key, PURPOSE, content);
        byte[] stored = Arrays.copyOf(MARKER, MARKER.length + sealed.length);
        System.arraycopy(sealed, 0, stored, MARKER.length, sealed.length);
        return stored;
    }

    /** The content of a stored document; fails when sealed content was changed or sealed under another key. */
    public byte[] open(byte[] stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        return AesGcm.open(key, PURPOSE, stored, MARKER.length, stored.length - MARKER.length, "A sealed document");
    }

    /** Whether stored bytes are sealed (else: plain content from before sealing, which no upload type starts with). */
    public static boolean isSealed(byte[] stored) {
        return stored.length > MARKER.length && Arrays.equals(stored, 0, MARKER.length, MARKER, 0, MARKER.length);
    }
}
