package nl.werkbrug.employer.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.internal.DescriptionSanitiser;
import org.jspecify.annotations.Nullable;

/** What the vacancy form holds while the employer types; written by the Binder only when every field is valid. */
class VacancyForm {

    private String title = "";
    private String description = "";
    private @Nullable Occupation occupation;
    private @Nullable Double hoursPerWeek;
    private String postcode = "";
    private String place = "";
    private ContractType contractType = ContractType.PERMANENT;
    private @Nullable Integer contractMonths;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate validThrough;
    private String requirements = "";
    private String skills = "";
    private String adjustments = "";
    private @Nullable Integer places = 1;
    private boolean sroi;
    private boolean banenafspraak;

    static VacancyForm of(VacancyDetail vacancy) {
        VacancyForm form = new VacancyForm();
        form.title = vacancy.title();
        form.description = DescriptionSanitiser.editable(vacancy.descriptionHtml());
        form.occupation = vacancy.occupation();
        form.hoursPerWeek = vacancy.hoursPerWeek().doubleValue();
        form.postcode = vacancy.postcode();
        form.place = vacancy.place();
        form.contractType = vacancy.contractType();
        form.contractMonths = vacancy.contractMonths();
        form.startDate = vacancy.startDate();
        form.validThrough = vacancy.validThrough();
        form.requirements = vacancy.requirements();
        form.skills = vacancy.skills();
        form.adjustments = vacancy.adjustments();
        form.places = vacancy.places();
        form.sroi = vacancy.sroi();
        form.banenafspraak = vacancy.banenafspraak();
        return form;
    }

    VacancyDraft toDraft() {
        return new VacancyDraft(title, description, occupation == null ? "" : occupation.iscoCode(),
                hoursPerWeek == null ? null : BigDecimal.valueOf(hoursPerWeek), postcode, place, contractType,
                contractType == ContractType.TEMPORARY ? contractMonths : null, startDate, validThrough, requirements,
                skills, adjustments, places == null ? 0 : places, sroi, banenafspraak);
    }

    String getTitle() { return title; }
    void setTitle(String value) { title = value; }
    String getDescription() { return description; }
    void setDescription(String value) { description = value; }
    @Nullable Occupation getOccupation() { return occupation; }
    void setOccupation(@Nullable Occupation value) { occupation = value; }
    @Nullable Double getHoursPerWeek() { return hoursPerWeek; }
    void setHoursPerWeek(@Nullable Double value) { hoursPerWeek = value; }
    String getPostcode() { return postcode; }
    void setPostcode(String value) { postcode = value; }
    String getPlace() { return place; }
    void setPlace(String value) { place = value; }
    ContractType getContractType() { return contractType; }
    void setContractType(ContractType value) { contractType = value; }
    @Nullable Integer getContractMonths() { return contractMonths; }
    void setContractMonths(@Nullable Integer value) { contractMonths = value; }
    @Nullable LocalDate getStartDate() { return startDate; }
    void setStartDate(@Nullable LocalDate value) { startDate = value; }
    @Nullable LocalDate getValidThrough() { return validThrough; }
    void setValidThrough(@Nullable LocalDate value) { validThrough = value; }
    String getRequirements() { return requirements; }
    void setRequirements(String value) { requirements = value; }
    String getSkills() { return skills; }
    void setSkills(String value) { skills = value; }
    String getAdjustments() { return adjustments; }
    void setAdjustments(String value) { adjustments = value; }
    @Nullable Integer getPlaces() { return places; }
    void setPlaces(@Nullable Integer value) { places = value; }
    boolean isSroi() { return sroi; }
    void setSroi(boolean value) { sroi = value; }
    boolean isBanenafspraak() { return banenafspraak; }
    void setBanenafspraak(boolean value) { banenafspraak = value; }

}
