package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.account.ApiToken;
import vn.trienkhai.core.account.ApiTokens;
import vn.trienkhai.core.account.Authenticator;

/** Signing in through the API: a login and a password for a bearer token valid eight hours. */
@Controller("/api/auth")
@Tag(name = "Đăng nhập")
class AuthController {

    private final Authenticator authenticator;
    private final ApiTokens tokens;

    AuthController(Authenticator authenticator, ApiTokens tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @Post("/token")
    @Operation(summary = "Đăng nhập, nhận mã truy cập", description = "401 with the same message whether the login or the "
            + "password is wrong; repeated failures are throttled per login and per address.")
    HttpResponse<ApiToken> token(HttpRequest<?> request, @Body Credentials credentials) {
        var actor = authenticator.signIn(credentials.login(), credentials.password(), request.getRemoteAddress().getAddress().getHostAddress());
        return HttpResponse.created(tokens.issueSession(actor));
    }

    @Serdeable
    record Credentials(@Nullable String login, @Nullable String password) {
    }
}
