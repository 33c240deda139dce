package nl.werkbrug.casework.ui;

import java.time.Clock;
import java.util.function.Consumer;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;

/**
 * What a part of a candidate's file needs: the service, the file as last read, the clock for today's date in the
 * pickers, and where a changed file goes to be shown again (with the key of what was saved).
 */
record FileContext(CandidateFiles files, CandidateFileDetail file, Clock clock, Shown shown) {

    /** Shows the file as the service returned it after a change, and says what was saved. */
    interface Shown {
        void show(CandidateFileDetail changed, String savedKey);
    }

    long id() {
        return file.id();
    }

    /** Passes a changed file on to be shown. */
    Consumer<CandidateFileDetail> then(String savedKey) {
        return changed -> shown.show(changed, savedKey);
    }
}
