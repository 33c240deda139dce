package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/**
 * Something that happened to an employer organisation itself; employers are regional. Carries ids and the acting
 * user name, no personal data. The audit trail files it under the employer.
 */
public sealed interface EmployerEvent extends RegionEvent permits EmployerRegistered, ColleagueInvited, ColleagueJoined {

    long employerId();

    @Override
    default String auditSubject() {
        return "werkgever " + employerId();
    }
}
