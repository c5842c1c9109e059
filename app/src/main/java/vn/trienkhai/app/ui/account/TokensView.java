package vn.trienkhai.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.ApiToken;
import vn.trienkhai.core.account.ApiTokens;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The user's personal API tokens: create one (its secret is shown once), see when each expires, revoke. */
@Route(value = "account/tokens", layout = MainLayout.class)
@Prototype
public class TokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ApiTokens tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final VerticalLayout content = new VerticalLayout();

    TokensView(ApiTokens tokens) {
        this.tokens = tokens;
        setId("tokens");
        Button create = new Button(getTranslation("tokens.create"), new Icon("vaadin:plus"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("token-create");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.column.name"));
        grid.addColumn(token -> DATE.format(token.createdAt())).setHeader(getTranslation("tokens.column.created")).setAutoWidth(true);
        grid.addColumn(token -> DATE.format(token.expiresAt())).setHeader(getTranslation("tokens.column.expires")).setAutoWidth(true);
        grid.addColumn(token -> token.revokedAt() == null ? "" : getTranslation("tokens.revoked", DATE.format(token.revokedAt())))
                .setHeader(getTranslation("tokens.column.status")).setAutoWidth(true);
        grid.addComponentColumn(token -> token.revokedAt() != null ? new Paragraph() : new Button(getTranslation("tokens.revoke"), click -> {
            tokens.revoke(actor(), token.id());
            Toasts.success(getTranslation("tokens.revoked.done", token.name()));
            reload();
        })).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        content.setPadding(false);
        add(new PageHeader(getTranslation("user.tokens"), getTranslation("tokens.subtitle"), create), content);
        reload();
    }

    private void reload() {
        List<ApiToken> mine = tokens.personalTokens(actor());
        content.removeAll();
        if (mine.isEmpty()) {
            content.add(new EmptyState("vaadin:key", getTranslation("tokens.none"), getTranslation("tokens.none.hint")));
        } else {
            grid.setItems(mine);
            content.add(grid);
        }
    }

    private void create() {
        TextField name = new TextField(getTranslation("tokens.column.name"));
        VietnameseDatePicker expiresOn = new VietnameseDatePicker(getTranslation("tokens.column.expires"), LocalDate.now().plusDays(90));
        FormDialog dialog = new FormDialog(getTranslation("tokens.create"), getTranslation("tokens.create"), () -> {
            ApiToken created = tokens.createPersonal(actor(), name.getValue(), expiresOn.getValue());
            reload();
            showSecret(created);
        });
        dialog.field("name", name);
        dialog.field("expiresOn", expiresOn);
        dialog.open();
    }

    private void showSecret(ApiToken created) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("tokens.secret.title"));
        TextArea secret = new TextArea(getTranslation("tokens.secret.label"), created.secret(), "");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        shown.add(new Paragraph(getTranslation("tokens.secret.hint")), secret);
        shown.getFooter().add(new Button(getTranslation("action.close"), click -> shown.close()));
        shown.setWidth("min(36rem, 100vw)");
        shown.open();
    }

    private static Actor actor() {
        return WorkspaceSession.actor();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.tokens") + " · " + getTranslation("app.name");
    }
}
