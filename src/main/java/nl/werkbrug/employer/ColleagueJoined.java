package nl.werkbrug.employer;

/** An invited colleague accepted and now works for the employer in the portal. Carries ids and the acting user name, no personal data. */
public record ColleagueJoined(String regionId, String actor, long employerId, long invitationId) implements EmployerEvent {

    @Override
    public String auditAction() {
        return "EMPLOYER_INVITATION_ACCEPTED";
    }

    @Override
    public String auditDetail() {
        return "uitnodiging " + invitationId + " aangenomen door " + actor;
    }
}
