package vn.trienkhai.app.ui.account;

import com.vaadin.flow.component.textfield.PasswordField;
import vn.trienkhai.app.ui.AccountWatch;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountRequests.ChangeOwnPasswordRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;

/** Changing one's own password: the current one first, then the new one twice. Ends the account's other sessions and tokens. */
class ChangePasswordDialog extends FormDialog {

    ChangePasswordDialog(AccountService accounts, AccountWatch accountWatch, Actor actor) {
        this(accounts, accountWatch, actor, new PasswordField(), new PasswordField(), new PasswordField());
    }

    private ChangePasswordDialog(AccountService accounts, AccountWatch accountWatch, Actor actor, PasswordField current, PasswordField fresh, PasswordField repeated) {
        super(current.getTranslation("user.change-password"), current.getTranslation("action.save"), () -> {
            if (!fresh.getValue().equals(repeated.getValue())) {
                throw InvalidRequestException.field("repeatPassword", "user.password.mismatch",
                        repeated.getTranslation("user.password.mismatch"));
            }
            accounts.changeOwnPassword(actor, new ChangeOwnPasswordRequest(current.getValue(), fresh.getValue()), null);
            // this session goes on under the new password; the account's other sessions end
            accountWatch.remember(actor);
            Toasts.success(current.getTranslation("user.password.changed"));
        });
        setId("change-password-dialog");
        current.setLabel(getTranslation("user.password.current"));
        fresh.setLabel(getTranslation("user.password.new"));
        repeated.setLabel(getTranslation("user.password.repeat"));
        field("currentPassword", current);
        field("password", fresh);
        field("repeatPassword", repeated);
    }
}
