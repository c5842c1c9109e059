package vn.trienkhai.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;

/** Renders a module's contribution: the instance comes from Vaadin's instantiator, i.e. the Micronaut context. */
public final class Contributions {

    private Contributions() {
    }

    public static <T> Component render(Class<? extends Contribution<T>> type, T subject) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type).render(subject);
    }
}
