package nl.werkbrug.casework.ui;

import java.time.LocalDate;

import nl.werkbrug.candidates.Benefit;
import nl.werkbrug.candidates.CandidateIdentity;
import org.jspecify.annotations.Nullable;

/** What the new-file form holds while the consultant types; {@link CandidateIdentity} judges it on save. */
class CandidateIdentityForm {

    String fileNumber = "";
    String givenName = "";
    String familyName = "";
    String bsn = "";
    @Nullable LocalDate birthDate;
    String street = "";
    String houseNumber = "";
    String postcode = "";
    String city = "";
    String phone = "";
    String email = "";
    @Nullable Benefit benefit;
    @Nullable LocalDate benefitSince;

    CandidateIdentity identity() {
        return new CandidateIdentity(givenName, familyName, bsn, birthDate, street, houseNumber, postcode, city, phone,
                email, benefit, benefitSince);
    }
}
