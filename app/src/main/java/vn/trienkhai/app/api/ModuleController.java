package vn.trienkhai.app.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.module.ModuleRegistry;

import java.util.List;
import java.util.Set;

/** The installed modules and whether the requesting organisation enabled each. */
@Controller("/api/modules")
@Tag(name = "Phân hệ")
class ModuleController {

    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final Messages messages;

    ModuleController(ModuleRegistry registry, ModuleEnablement enablement, Messages messages) {
        this.registry = registry;
        this.enablement = enablement;
        this.messages = messages;
    }

    @Get
    @Operation(summary = "Các phân hệ đã cài đặt", description = "With `enabled` for the organisation named in X-Organisation.")
    List<ModuleDto> list(@Parameter(hidden = true) Actor actor) {
        Set<String> enabled = enablement.enabledModules(actor);
        return registry.installed().stream().map(module -> new ModuleDto(module.id(), messages.get(module.nameKey()),
                messages.get(module.descriptionKey()), module.version(), enabled.contains(module.id()))).toList();
    }

    @Put("/{id}")
    @Operation(summary = "Bật hoặc tắt một phân hệ cho tổ chức")
    ModuleDto switchModule(@Parameter(hidden = true) Actor actor, String id, @Body ModuleSwitch request) {
        enablement.setEnabled(actor, id, request.enabled());
        return list(actor).stream().filter(module -> module.id().equals(id)).findFirst().orElseThrow();
    }

    @Serdeable
    record ModuleDto(String id, String name, String description, String version, boolean enabled) {
    }

    @Serdeable
    record ModuleSwitch(boolean enabled) {
    }
}
