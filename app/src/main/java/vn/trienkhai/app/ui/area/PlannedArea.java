package vn.trienkhai.app.ui.area;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;

/**
 * A core area whose screens arrive with a later release: the navigation already shows where it will live,
 * and the page says what it will hold instead of showing an empty grid.
 */
abstract class PlannedArea extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    PlannedArea(String titleKey, String icon) {
        this.titleKey = titleKey;
        add(new PageHeader(getTranslation(titleKey), null),
                new EmptyState(icon, getTranslation(titleKey + ".planned"), getTranslation(titleKey + ".planned.hint")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
