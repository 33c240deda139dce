package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;

import java.util.Map;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Companies and submitted requests for the subsidy tests, each new so that tests do not see each other's rows. */
record SubsidyFixtures(JdbcClient jdbc, TransactionTemplate transaction, SubsidyRequests requests) {

    /** A registered company with a contact address, and one of its users. */
    record Company(long id, String email, PortalUser user) {
    }

    Company company() {
        String kvk = String.valueOf(10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999L));
        String email = "subsidie-" + kvk + "@bedrijf.example";
        long id = transaction.execute(status -> jdbc.sql("""
                        insert into employer_organisation (region_id, kvk_number, name, contact_email)
                        values ('twente', :kvk, 'Testbedrijf ' || :kvk, :email) returning id""")
                .param("kvk", kvk).param("email", email).query(Long.class).single());
        return new Company(id, email, new PortalUser("event-werkgever-" + kvk, "Werkgever", Map.of(), Map.of(),
                new EmployerMembership(id, EmployerRole.EMPLOYER_ADMIN), null));
    }

    /** {@link SubsidyForms#jobcoaching()} for a resident of Hengelo, within the catalogue's rule, submitted today. */
    SubsidyRequestDetail submittedJobcoaching(Company company) {
        return as(company.user(), () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()).id()));
    }

    /**
     * Records the jobcoaching plan a grant rests on, as {@code consultant} of Hengelo: six months from the contract
     * start, the requested hours a month, at an entered tariff of 60 euro an hour (the catalogue sets none).
     */
    static SubsidyRequestDetail coachingPlanned(SubsidyDecisions decisions, PortalUser consultant, SubsidyRequestDetail request) {
        return as(consultant, "hengelo", () -> decisions.recordCoachingPlan(request.id(), "Zelfstandig de werkdag indelen.",
                "Jobcoachorganisatie Twente", request.contractStart(), request.contractStart().plusMonths(6).minusDays(1),
                request.coachHoursPerMonth(), new java.math.BigDecimal("60")));
    }
}
