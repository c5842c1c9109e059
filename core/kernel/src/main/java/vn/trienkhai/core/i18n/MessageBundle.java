package vn.trienkhai.core.i18n;

import java.util.List;

/**
 * Resource bundles that {@link Messages} reads besides the core's: the workbench, the application and the
 * installed modules declare theirs as beans, so the kernel's texts need not know them.
 */
public interface MessageBundle {

    /** Base names on the class path, e.g. {@code i18n/workbench/messages}. */
    List<String> baseNames();
}
