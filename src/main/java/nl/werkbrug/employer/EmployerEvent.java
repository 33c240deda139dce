package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/**
 * Something that happened to an employer organisation itself; employers are regional. Carries ids and the acting
 * user name, no personal data. The audit trail files it under the employer.
 */
public sealed interface EmployerEvent extends RegionEvent {

    long employerId();

    @Override
    default String auditSubject() {
        return "werkgever " + employerId();
    }

    /** A company registered itself as an employer of the region. */
    record EmployerRegistered(String regionId, String actor, long employerId, String kvkNumber) implements EmployerEvent {

        @Override
        public String auditAction() {
            return "EMPLOYER_REGISTERED";
        }

        @Override
        public String auditDetail() {
            return "KvK " + kvkNumber;
        }
    }

    /** An employer's admin invited a colleague (the e-mail address stays out of the event). */
    record ColleagueInvited(String regionId, String actor, long employerId, long invitationId) implements EmployerEvent {

        @Override
        public String auditAction() {
            return "EMPLOYER_INVITED";
        }

        @Override
        public String auditDetail() {
            return "uitnodiging " + invitationId;
        }
    }

    /** An invited colleague accepted and now works for the employer in the portal. */
    record ColleagueJoined(String regionId, String actor, long employerId, long invitationId) implements EmployerEvent {

        @Override
        public String auditAction() {
            return "EMPLOYER_INVITATION_ACCEPTED";
        }

        @Override
        public String auditDetail() {
            return "uitnodiging " + invitationId + " aangenomen door " + actor;
        }
    }
}
