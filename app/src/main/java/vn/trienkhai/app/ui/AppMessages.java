package vn.trienkhai.app.ui;

import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.MessageBundle;

import java.util.List;

/** The labels of the workspace's own screens. */
@Singleton
final class AppMessages implements MessageBundle {

    @Override
    public List<String> baseNames() {
        return List.of("i18n/app/messages");
    }
}
