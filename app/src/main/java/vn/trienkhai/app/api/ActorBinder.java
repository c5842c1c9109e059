package vn.trienkhai.app.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.organisation.OrganisationService;

/**
 * Who an API request acts as: the one place the API turns a request into an {@link Actor}. A controller
 * declares an {@code Actor} parameter and gets it from here; the module gate asks here too.
 *
 * <p>Until accounts exist the organisation comes from the {@code X-Organisation} header (its code).
 */
@Singleton
public class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    public static final String ORGANISATION_HEADER = "X-Organisation";

    private final OrganisationService organisations;
    private final Messages messages;

    ActorBinder(OrganisationService organisations, Messages messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Actor actor = actorOf(request);
        return () -> java.util.Optional.of(actor);
    }

    public Actor actorOf(HttpRequest<?> request) {
        String code = request.getHeaders().get(ORGANISATION_HEADER);
        if (code == null || code.isBlank()) {
            throw InvalidRequestException.field(ORGANISATION_HEADER, "organisation.missing", messages.get("organisation.missing"));
        }
        return organisations.findByCode(code.strip()).map(organisation -> new Actor(organisation.id()))
                .orElseThrow(() -> new NotFoundException("organisation.not-found", messages.get("organisation.not-found")));
    }
}
