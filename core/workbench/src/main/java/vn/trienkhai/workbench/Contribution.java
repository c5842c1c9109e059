package vn.trienkhai.workbench;

import com.vaadin.flow.component.Component;

/**
 * A piece of UI a module puts in a shared place. Implementations are Micronaut {@code @Prototype} beans, so
 * they get the module's services by constructor injection; the workspace creates one each time it shows it.
 *
 * @param <T> what the place is about: the dashboard's {@link DashboardContext}, a {@link UnitPage}, a {@link DocumentPage}
 */
@FunctionalInterface
public interface Contribution<T> {

    Component render(T subject);
}
