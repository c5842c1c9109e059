package vn.trienkhai.app.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The OpenAPI description's front matter; the paths are generated from the controllers at compile time. */
@OpenAPIDefinition(info = @Info(title = "Triển Khai API", version = "0.1",
        description = """
                The JSON API of Triển Khai. Every call that reads or changes an organisation's data names the \
                organisation in the X-Organisation header (its code, e.g. laichau; GET /api/organisations lists them). \
                Errors are {code, message, fields}: code is stable, message is Vietnamese, fields name the invalid \
                inputs. Modules serve their API under /api/m/<module>/, answering 404 to organisations that have not \
                enabled the module."""))
final class ApiInfo {

    private ApiInfo() {
    }
}
