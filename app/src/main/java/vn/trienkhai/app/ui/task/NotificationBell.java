package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.notification.Notifications.Notice;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the header: how many notices of the user's unit this account has not read, counted once per
 * navigation (no polling), and a list of the newest ones, each linking to the task or report it is about.
 */
@Prototype
public class NotificationBell extends Button {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Beyond this the badge says "99+": the list shows the newest anyway. */
    private static final long MOST_SHOWN = 99;

    private final Notifications notifications;
    private final Span badge = new Span();

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("tk-bell");
        badge.addClassName("tk-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        setIcon(new Icon("vaadin:bell"));
        getElement().appendChild(badge.getElement());
        // counted by the shell after each navigation, the first included
        addClickListener(click -> open());
    }

    /** Counts the unread notices again: the shell calls it after each navigation. */
    public void refresh() {
        long unread = notifications.unread(actor());
        badge.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("bell.label") : getTranslation("bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    private void open() {
        Actor actor = actor();
        List<Notice> notices = notifications.list(actor);
        Dialog dialog = new Dialog();
        dialog.setId("notification-dialog");
        dialog.setHeaderTitle(getTranslation("bell.title"));
        dialog.addClassName("tk-bell-dialog");
        Div list = new Div();
        list.addClassName("tk-bell-list");
        if (notices.isEmpty()) {
            list.add(new Paragraph(getTranslation("bell.none")));
        }
        notices.forEach(notice -> list.add(notice(notice, dialog)));
        dialog.add(list);
        Button markAll = new Button(getTranslation("bell.mark-all"), click -> {
            notifications.markAllRead(actor);
            refresh();
            dialog.close();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markAll.setEnabled(notices.stream().anyMatch(notice -> !notice.read()));
        Button close = new Button(getTranslation("bell.close"), click -> dialog.close());
        dialog.getFooter().add(close, markAll);
        dialog.open();
    }

    private Div notice(Notice notice, Dialog dialog) {
        Span text = new Span(notice.text());
        Div line;
        if (notice.link() != null) {
            Anchor link = new Anchor(notice.link(), text);
            link.getElement().addEventListener("click", click -> dialog.close());
            line = new Div(link);
        } else {
            line = new Div(text);
        }
        Span when = new Span(WHEN.format(notice.at()));
        when.addClassName("tk-fu-meta");
        line.add(when);
        if (!notice.read()) {
            Span unread = new Span(getTranslation("bell.unread-mark"));
            unread.addClassName("tk-visually-hidden");
            line.addComponentAsFirst(unread);
            line.addClassName("tk-bell-unread");
        }
        line.addClassName("tk-bell-notice");
        return line;
    }

    private static Actor actor() {
        return WorkspaceSession.actor();
    }
}
