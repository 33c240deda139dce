package nl.werkbrug.subsidies;

import java.util.Optional;

/**
 * Which documents a request may carry: at most {@value #MAX_FILES} files of PDF, JPG or PNG, each at most
 * {@value #MAX_BYTES} bytes, the type recognised from the content (magic numbers), never from the file name or the
 * browser's claim.
 */
public final class UploadRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Documents one request may carry, checked by the service on every attachment and by the upload before it. */
    public static final int MAX_FILES = 5;

    private UploadRules() {
    }

    /** The content type the bytes really have, if it is one we accept. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** Translation key of what is wrong with an upload, if anything. */
    public static Optional<String> problem(long size, byte[] content) {
        if (size > MAX_BYTES || content.length > MAX_BYTES) {
            return Optional.of("subsidy.upload.too-large");
        }
        if (content.length == 0) {
            return Optional.of("subsidy.upload.empty");
        }
        if (detect(content).isEmpty()) {
            return Optional.of("subsidy.upload.wrong-type");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
