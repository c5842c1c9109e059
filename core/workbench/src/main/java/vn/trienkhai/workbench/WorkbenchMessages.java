package vn.trienkhai.workbench;

import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.MessageBundle;

import java.util.List;

/** The labels of the UI kit. */
@Singleton
final class WorkbenchMessages implements MessageBundle {

    @Override
    public List<String> baseNames() {
        return List.of("i18n/workbench/messages");
    }
}
