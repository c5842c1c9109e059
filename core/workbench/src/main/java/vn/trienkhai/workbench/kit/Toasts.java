package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages that confirm an action or say why it failed. */
public final class Toasts {

    private static final int SHORT = 3000;
    private static final int LONG = 6000;

    private Toasts() {
    }

    public static Notification success(String message) {
        return show(message, SHORT, NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String message) {
        return show(message, LONG, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String message, int duration, NotificationVariant variant) {
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
