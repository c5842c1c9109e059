package vn.trienkhai.app.server;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Vaadin asks this for views, layouts and contributions: those that are Micronaut beans come from the context
 * with their dependencies injected ({@code @Prototype} views: a new one per navigation); the rest are made
 * by reflection as usual.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return context.containsBean(type) ? context.getBean(type) : super.getOrCreate(type);
    }

    /** Service listeners declared as Micronaut beans run too, with their dependencies injected. */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.getBean(I18NProvider.class);
    }
}
