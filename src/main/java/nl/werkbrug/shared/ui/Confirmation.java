package nl.werkbrug.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a step that cannot be undone by the user (withdrawing a request, taking a vacancy offline): a dialog
 * with the question, the consequence and two buttons in the reader's words; nothing happens on "cancel" or Escape.
 * Texts come from {@code <prefix>.title}, {@code .text}, {@code .confirm}; the cancel button says {@code confirm.cancel}.
 */
public final class Confirmation {

    private Confirmation() {
    }

    public static void ask(Component host, String prefix, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(host.getTranslation(prefix + ".title"));
        dialog.setText(host.getTranslation(prefix + ".text"));
        dialog.setConfirmText(host.getTranslation(prefix + ".confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(host.getTranslation("confirm.cancel"));
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.open();
    }
}
