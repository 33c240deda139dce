package nl.werkbrug.platform;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with the JDK, shared by {@link BsnVault} and {@link DocumentVault}: a fresh 96-bit nonce per value,
 * stored before the cipher text and its 128-bit tag, and the purpose bound in as associated data (a value sealed for
 * one purpose does not open for another). Keys are 32 random bytes, base64, from configuration.
 */
final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** Nonce, then cipher text and tag. */
    static byte[] seal(SecretKeySpec key, byte[] purpose, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes of {@code length} sealed bytes from {@code offset}; fails when changed or sealed otherwise. */
    static byte[] open(SecretKeySpec key, byte[] purpose, byte[] bytes, int offset, int length, String what) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, offset, NONCE_BYTES));
            cipher.updateAAD(purpose);
            return cipher.doFinal(bytes, offset + NONCE_BYTES, length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(what + " could not be opened (changed, or another key)", e);
        }
    }

    /** A 32-byte key from its base64 form in configuration property {@code property}. */
    static byte[] key(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (base64 of 32 random bytes), was " + key.length);
        }
        return key;
    }
}
