package nl.werkbrug.subsidies;

/**
 * The work in a municipality's queue of subsidy requests.
 *
 * @param open              submitted requests that are not yet decided or withdrawn
 * @param awaitingApproval  of those, maatwerk proposals that wait for a second consultant
 */
public record QueueCount(int open, int awaitingApproval) {

    public static final QueueCount NONE = new QueueCount(0, 0);
}
