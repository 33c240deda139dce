package nl.werkbrug.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Seals a document column on write and opens it on read ({@link DocumentVault}): the entity holds the plain
 * content, the database only the sealed bytes. Use with {@code @Convert(converter = SealedDocumentConverter.class)};
 * Hibernate takes it from Spring, with its key.
 */
@Component
@Converter
public class SealedDocumentConverter implements AttributeConverter<byte[], byte[]> {

    private final DocumentVault vault;

    SealedDocumentConverter(DocumentVault vault) {
        this.vault = vault;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] content) {
        return vault.seal(content);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] stored) {
        return vault.open(stored);
    }
}
