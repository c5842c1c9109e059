package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.app.api.error.ApiError;
import vn.trienkhai.app.api.error.DomainExceptionHandler;

/**
 * Locks every module's API ({@code /api/m/<module>/…}) for the organisations that did not enable the module:
 * they get "not found", as if the module did not exist. The UI's routes are locked by the same
 * {@link ModuleEnablement#requireEnabled} check.
 */
@ServerFilter(ModuleApiGate.PREFIX + "**")
class ModuleApiGate {

    static final String PREFIX = "/api/m/";

    private final ActorBinder actors;
    private final ModuleEnablement enablement;

    ModuleApiGate(ActorBinder actors, ModuleEnablement enablement) {
        this.actors = actors;
        this.enablement = enablement;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> gate(HttpRequest<?> request) {
        String rest = request.getPath().substring(PREFIX.length());
        String moduleId = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        try {
            enablement.requireEnabled(actors.actorOf(request).organisationId(), moduleId);
            return null;
        } catch (DomainException refused) {
            return DomainExceptionHandler.response(refused);
        }
    }
}
