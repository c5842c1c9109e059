package vn.trienkhai.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.account.Account;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The organisation's accounts, page by page: create, edit roles and home unit, disable, reset a password. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RequiresOperation(Operation.ACCOUNT_MANAGE)
@Prototype
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AccountDialogs dialogs;
    private final Grid<Account> grid = new Grid<>();
    private final Map<Long, String> unitNames;

    AccountsView(AccountService accounts, UnitService units, AccountDialogs dialogs) {
        this.accounts = accounts;
        this.dialogs = dialogs;
        this.unitNames = units.tree(WorkspaceSession.actor(), true).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        setId("accounts");
        setSizeFull();
        Button create = new Button(getTranslation("accounts.create"), new Icon("vaadin:plus"), click -> dialogs.create(this::refresh));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("account-create");
        grid.setId("account-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Account::login).setHeader(getTranslation("accounts.column.login")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.column.name")).setFlexGrow(2);
        grid.addColumn(account -> account.homeUnitId() == null ? "" : unitNames.getOrDefault(account.homeUnitId(), ""))
                .setHeader(getTranslation("accounts.column.home-unit")).setFlexGrow(2);
        grid.addColumn(account -> account.roles().stream().map(role -> getTranslation(role.labelKey())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.column.roles")).setFlexGrow(2);
        grid.addColumn(account -> getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(this::page, query -> (int) accounts.list(WorkspaceSession.actor(), Pageable.from(0, 1)).getTotalSize());
        grid.setSizeFull();
        add(new PageHeader(getTranslation("nav.admin.accounts"), getTranslation("accounts.subtitle"), create), grid);
    }

    private Stream<Account> page(Query<Account, Void> query) {
        return accounts.list(WorkspaceSession.actor(), Pageable.from(query.getPage(), query.getPageSize())).getContent().stream();
    }

    private HorizontalLayout actions(Account account) {
        if (!accounts.mayChange(WorkspaceSession.actor(), account)) {
            return new HorizontalLayout(); // e.g. a system administrator's account, seen by an organisation administrator
        }
        Button edit = new Button(new Icon("vaadin:edit"), click -> dialogs.edit(account, this::refresh));
        edit.setAriaLabel(getTranslation("accounts.edit"));
        edit.setTooltipText(getTranslation("accounts.edit"));
        Button password = new Button(new Icon("vaadin:key"), click -> dialogs.resetPassword(account));
        password.setAriaLabel(getTranslation("accounts.reset-password"));
        password.setTooltipText(getTranslation("accounts.reset-password"));
        Stream.of(edit, password).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        return new HorizontalLayout(edit, password);
    }

    private void refresh(Account changed) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts") + " · " + getTranslation("app.name");
    }

}
