package vn.trienkhai.app.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.Actors;
import vn.trienkhai.core.account.ApiTokens;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.organisation.OrganisationService;

import java.util.Optional;

/**
 * Who an API request acts as: the one place the API turns a request into an {@link Actor}. A controller
 * declares an {@code Actor} parameter and gets it from here, so an endpoint with one cannot be reached without
 * a valid bearer token; the module gate asks here too.
 *
 * <p>The token ({@code Authorization: Bearer tk_…}) names the account; a system administrator chooses the
 * organisation to act in with {@code X-Organisation} (its code), everyone else acts in their own.
 */
@Singleton
public class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    public static final String ORGANISATION_HEADER = "X-Organisation";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Actors actors;
    private final OrganisationService organisations;
    private final Messages messages;

    ActorBinder(ApiTokens tokens, Actors actors, OrganisationService organisations, Messages messages) {
        this.tokens = tokens;
        this.actors = actors;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The secret of the request's bearer token; a refusal without one. */
    public String bearerToken(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse("");
        if (!authorization.startsWith(BEARER)) {
            throw new UnauthenticatedException("auth.required", messages.get("auth.required"));
        }
        return authorization.substring(BEARER.length()).strip();
    }

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Actor actor = actorOf(request);
        return () -> Optional.of(actor);
    }

    public Actor actorOf(HttpRequest<?> request) {
        Actor actor = tokens.authenticate(bearerToken(request));
        String organisation = request.getHeaders().get(ORGANISATION_HEADER);
        if (organisation == null || organisation.isBlank() || !actor.has(Role.SYSTEM_ADMIN)) {
            return actor;
        }
        return organisations.list(actor).stream().filter(candidate -> candidate.code().equals(organisation.strip()))
                .findFirst().map(chosen -> actors.inOrganisation(actor, chosen))
                .orElseThrow(() -> new NotFoundException("organisation.not-found", messages.get("organisation.not-found")));
    }
}
