package nl.werkbrug.subsidies;

/** A document sent with a request, without its content. */
public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes) {
}
