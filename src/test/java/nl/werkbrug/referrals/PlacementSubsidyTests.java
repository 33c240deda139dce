package nl.werkbrug.referrals;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.subsidies.SubsidyForms;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9 item 3: a subsidy request the employer files for a hire is linked to that placement once it is submitted,
 * for the file's municipality and the employer; a request of another employer that names the placement is not.
 */
@IntegrationTest
class PlacementSubsidyTests {

    @Autowired
    Referrals referrals;
    @Autowired
    PlacementSubsidyRequests links;
    @Autowired
    SubsidyRequests requests;
    @Autowired
    ApplicationContext portal;

    final PortalUser enschede = consultant("plaatsing-subsidie-enschede", "enschede");

    @Test
    void a_request_filed_for_a_hire_is_linked_to_the_placement_and_one_of_another_employer_is_not() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        PoolCandidate candidate = fixtures.candidate("hengelo", "Subsidieplaatsing", Audience.EMPLOYERS);
        Company company = fixtures.company();
        Company other = fixtures.company();
        Referral proposed = as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(),
                company.vacancy().id(), null));
        as(company.user(), () -> referrals.open(proposed.id()));
        as(company.user(), () -> referrals.invite(proposed.id()));
        as(company.user(), () -> referrals.hire(proposed.id(), ReferralServiceTests.placement()));

        SubsidyRequestDetail filed = submitFor(company.user(), proposed);
        SubsidyRequestDetail claimed = submitFor(other.user(), proposed);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as(candidate.consultant(), "hengelo",
                () -> links.of(List.of(proposed.id())))).extracting(PlacementSubsidy::reference)
                .containsExactly(filed.reference()));
        assertThat(as(company.user(), () -> links.of(List.of(proposed.id())))).singleElement()
                .satisfies(link -> {
                    assertThat(link.instrumentCode()).isEqualTo("jobcoaching");
                    assertThat(link.municipality()).isEqualTo("hengelo");
                });
        assertThat(claimed.reference()).isNotEqualTo(filed.reference());
        assertThat(as(other.user(), () -> links.of(List.of(proposed.id())))).as("not a party to the referral").isEmpty();
        assertThat(as(enschede, "enschede", () -> links.of(List.of(proposed.id())))).as("not a party").isEmpty();
    }

    private SubsidyRequestDetail submitFor(PortalUser employer, Referral hire) {
        SubsidyRequestForm form = SubsidyForms.jobcoaching();
        form.setPlacement(hire.id());
        return as(employer, () -> {
            SubsidyRequestDetail draft = requests.saveDraft("hengelo", null, "jobcoaching", form);
            return requests.submit("hengelo", draft.id());
        });
    }
}
