package nl.werkbrug.employer;

import java.util.Optional;

import nl.werkbrug.shared.KvkNumber;

/**
 * Looks a company up in the Handelsregister by its KvK number, so that registration asks only for the number. In
 * production the KVK Basisprofiel API ({@code werkbrug.kvk.api-key} set); in the embedded default and in tests a
 * local data set of fictitious companies shaped like KVK's public test data ({@code employer/kvk-fictitious-companies.yaml}).
 * Empty when the register knows no such company or cannot be reached: the employer then types the details.
 */
public interface KvkClient {

    Optional<KvkCompany> find(KvkNumber number);
}
