package vn.trienkhai.workbench;

import com.vaadin.flow.component.Component;

/**
 * A screen of a module and its navigation entry.
 *
 * @param path     the route below the module id: {@code "subscriptions"} is served at {@code press/subscriptions};
 *                 an empty path is the module's own route
 * @param titleKey message key of the navigation label and page title
 * @param icon     icon name in the {@code vaadin:} set
 * @param view     the view class: a Micronaut {@code @Prototype} bean without {@code @Route}, because the
 *                 workspace registers it only for the organisations that enabled the module
 */
public record ModuleView(String path, String titleKey, String icon, Class<? extends Component> view) {

    public String route(String moduleId) {
        return path.isEmpty() ? moduleId : moduleId + "/" + path;
    }
}
