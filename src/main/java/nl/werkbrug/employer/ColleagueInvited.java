package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** An employer's admin invited a colleague (the e-mail address stays out of the event). Carries ids and the acting user name, no personal data. */
public record ColleagueInvited(String regionId, String actor, long employerId, long invitationId) implements RegionEvent {

    @Override
    public String auditAction() {
        return "EMPLOYER_INVITED";
    }

    @Override
    public String auditSubject() {
        return "werkgever " + employerId;
    }

    @Override
    public String auditDetail() {
        return "uitnodiging " + invitationId;
    }
}
