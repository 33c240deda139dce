package nl.werkbrug.employer;

/** A company with this KvK number is registered in the region already. */
public class KvkNumberAlreadyRegisteredException extends RuntimeException {

    public KvkNumberAlreadyRegisteredException(String kvkNumber) {
        super("KvK number already registered in the region: " + kvkNumber);
    }
}
