package nl.werkbrug.candidates;

import org.jspecify.annotations.Nullable;

/**
 * Who a pool candidate is and how to reach them, for a requester the candidate agreed to be introduced to, and the
 * consultant responsible for the file (to tell about a request). The pool shows it only after that consent and
 * audits every showing.
 */
public record PoolContact(long fileId, String name, String phone, String email, @Nullable String consultant) {
}
