package nl.werkbrug.casework.ui;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;

/**
 * What a part of a candidate's file needs: the service, the file as last read, the clock for today's date in the
 * pickers, where a changed file goes to be shown again (with the key of what was saved), and which forms the
 * consultant has open.
 */
record FileContext(CandidateFiles files, CandidateFileDetail file, Clock clock, Shown shown, OpenForms openForms) {

    /** Shows the file as the service returned it after a change, and says what was saved. */
    interface Shown {
        void show(CandidateFileDetail changed, String savedKey);
    }

    /** The ids of the forms open on the file's page, kept while the same file is shown again after a save. */
    static final class OpenForms {

        private final Set<String> ids = new HashSet<>();

        void opened(String id) {
            ids.add(id);
        }

        void closed(String id) {
            ids.remove(id);
        }

        boolean isOpen(String id) {
            return ids.contains(id);
        }

        /** Another file is shown: all its forms start closed. */
        void clear() {
            ids.clear();
        }
    }

    long id() {
        return file.id();
    }

    /** Passes a changed file on to be shown. */
    Consumer<CandidateFileDetail> then(String savedKey) {
        return changed -> shown.show(changed, savedKey);
    }
}
