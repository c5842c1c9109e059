package vn.trienkhai.app.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.Account;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.InstalledModule;
import vn.trienkhai.core.module.ModulePermission;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Creating and editing accounts, and resetting a password; the account service validates everything. */
@Singleton
class AccountDialogs {

    private final AccountService accounts;
    private final UnitService units;
    private final ModuleRegistry modules;
    private final Messages messages;

    AccountDialogs(AccountService accounts, UnitService units, ModuleRegistry modules, Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.modules = modules;
        this.messages = messages;
    }

    void create(Consumer<Account> done) {
        Actor actor = WorkspaceSession.actor();
        TextField login = new TextField(t("accounts.column.login"));
        TextField name = new TextField(t("accounts.column.name"));
        PasswordField password = new PasswordField(t("accounts.password"));
        ComboBox<Unit> home = homeUnit(actor, null);
        CheckboxGroup<Role> roles = roles(actor, Set.of());
        CheckboxGroup<String> permissions = permissions(Set.of());
        FormDialog dialog = new FormDialog(t("accounts.create"), t("action.save"), () -> {
            Account created = accounts.create(actor, new CreateAccountRequest(login.getValue(), name.getValue(), password.getValue(),
                    home.getValue() == null ? null : home.getValue().id(), roles.getValue(), permissions.getValue()));
            Toasts.success(t("accounts.created", created.login()));
            done.accept(created);
        });
        dialog.setId("account-create-dialog");
        dialog.field("login", login);
        dialog.field("displayName", name);
        dialog.field("password", password);
        dialog.field("homeUnitId", home);
        dialog.field("roles", roles);
        dialog.field("permissions", permissions);
        dialog.open();
    }

    void edit(Account account, Consumer<Account> done) {
        Actor actor = WorkspaceSession.actor();
        TextField name = new TextField(t("accounts.column.name"));
        name.setValue(account.displayName());
        ComboBox<Unit> home = homeUnit(actor, account.homeUnitId());
        CheckboxGroup<Role> roles = roles(actor, account.roles());
        CheckboxGroup<String> permissions = permissions(account.permissions());
        Checkbox enabled = new Checkbox(t("accounts.enabled"), account.enabled());
        FormDialog dialog = new FormDialog(t("accounts.edit") + ": " + account.login(), t("action.save"), () -> {
            Account saved = accounts.update(actor, account.id(), new UpdateAccountRequest(account.version(), name.getValue(),
                    home.getValue() == null ? null : home.getValue().id(), roles.getValue(), permissions.getValue(), enabled.getValue()));
            Toasts.success(t("accounts.saved", saved.login()));
            done.accept(saved);
        });
        dialog.setId("account-edit-dialog");
        dialog.field("displayName", name);
        dialog.field("homeUnitId", home);
        dialog.field("roles", roles);
        dialog.field("permissions", permissions);
        dialog.field("enabled", enabled);
        dialog.open();
    }

    void resetPassword(Account account) {
        PasswordField password = new PasswordField(t("accounts.password.new"));
        FormDialog dialog = new FormDialog(t("accounts.reset-password") + ": " + account.login(), t("action.save"), () -> {
            accounts.resetPassword(WorkspaceSession.actor(), account.id(), password.getValue());
            Toasts.success(t("accounts.password.reset", account.login()));
        });
        dialog.setId("account-password-dialog");
        dialog.field("password", password);
        dialog.open();
    }

    private ComboBox<Unit> homeUnit(Actor actor, Long selected) {
        return new UnitPicker(t("accounts.column.home-unit"), units.tree(actor, false)).select(selected);
    }

    private CheckboxGroup<Role> roles(Actor actor, Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(t("accounts.column.roles"));
        roles.setItems(Arrays.stream(Role.values()).filter(role -> role != Role.SYSTEM_ADMIN || actor.has(Role.SYSTEM_ADMIN)).toList());
        roles.setItemLabelGenerator(role -> t(role.labelKey()));
        roles.setValue(selected);
        return roles;
    }

    private CheckboxGroup<String> permissions(Set<String> selected) {
        CheckboxGroup<String> permissions = new CheckboxGroup<>(t("accounts.column.permissions"));
        List<ModulePermission> all = modules.installed().stream().map(InstalledModule::permissions).flatMap(List::stream).toList();
        permissions.setItems(all.stream().map(ModulePermission::code).toList());
        var names = all.stream().collect(Collectors.toMap(ModulePermission::code, ModulePermission::nameKey));
        permissions.setItemLabelGenerator(code -> t(names.get(code)));
        permissions.setValue(selected);
        permissions.setVisible(!all.isEmpty());
        return permissions;
    }

    private String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
