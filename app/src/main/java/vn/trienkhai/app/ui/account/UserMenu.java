package vn.trienkhai.app.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.AccountWatch;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.workbench.WorkspaceSession;

/** The signed-in user's menu: change password, personal API tokens, sign out. */
@Prototype
public class UserMenu extends MenuBar {

    UserMenu(AccountService accounts, AccountWatch accountWatch) {
        setId("user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Actor actor = WorkspaceSession.actor();
        HorizontalLayout who = new HorizontalLayout(new Icon("vaadin:user"), new Span(actor.login()));
        who.setSpacing(true);
        SubMenu menu = addItem(who).getSubMenu();
        menu.addItem(getTranslation("user.change-password"), click -> new ChangePasswordDialog(accounts, accountWatch, actor).open());
        menu.addItem(getTranslation("user.tokens"), click -> UI.getCurrent().navigate(TokensView.class));
        menu.addItem(getTranslation("user.sign-out"), click -> signOut());
    }

    private static void signOut() {
        UI.getCurrent().getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
