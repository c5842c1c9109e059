package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.unit.PageDto;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Account;
import vn.trienkhai.core.account.AccountRequests.ChangeOwnPasswordRequest;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountRequests.PasswordRequest;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.ApiToken;
import vn.trienkhai.core.account.ApiTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Accounts of the organisation (administrators), and the caller's own password and personal tokens. */
@Controller("/api")
@Tag(name = "Tài khoản")
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final ActorBinder actorBinder;

    AccountController(AccountService accounts, ApiTokens tokens, ActorBinder actorBinder) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.actorBinder = actorBinder;
    }

    @Get("/accounts")
    PageDto<Account> list(@Parameter(hidden = true) Actor actor, @QueryValue(defaultValue = "0") int page,
                          @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(accounts.list(actor, Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))), Function.identity());
    }

    @Get("/accounts/{id}")
    Account get(@Parameter(hidden = true) Actor actor, long id) {
        return accounts.get(actor, id);
    }

    @Post("/accounts")
    @Operation(summary = "Tạo tài khoản")
    HttpResponse<Account> create(@Parameter(hidden = true) Actor actor, @Body CreateAccountRequest request) {
        return HttpResponse.created(accounts.create(actor, request));
    }

    @Put("/accounts/{id}")
    @Operation(summary = "Sửa, khóa hoặc mở khóa tài khoản", description = "409 when version is stale.")
    Account update(@Parameter(hidden = true) Actor actor, long id, @Body UpdateAccountRequest request) {
        return accounts.update(actor, id, request);
    }

    @Post("/accounts/{id}/password")
    @Operation(summary = "Đặt lại mật khẩu", description = "The account's tokens stop working.")
    HttpResponse<Void> resetPassword(@Parameter(hidden = true) Actor actor, long id, @Body PasswordRequest request) {
        accounts.resetPassword(actor, id, request.password());
        return HttpResponse.noContent();
    }

    @Post("/me/password")
    @Operation(summary = "Đổi mật khẩu của tôi", description = "Every other token of the account and every workspace "
            + "session signed in before stop working; the token making the change stays valid.")
    HttpResponse<Void> changeOwnPassword(@Parameter(hidden = true) Actor actor, HttpRequest<?> http, @Body ChangeOwnPasswordRequest request) {
        accounts.changeOwnPassword(actor, request, actorBinder.bearerToken(http));
        return HttpResponse.noContent();
    }

    @Get("/me/tokens")
    @Operation(summary = "Mã truy cập cá nhân của tôi")
    List<ApiToken> tokens(@Parameter(hidden = true) Actor actor) {
        return tokens.personalTokens(actor);
    }

    @Post("/me/tokens")
    @Operation(summary = "Tạo mã truy cập cá nhân", description = "The secret is in this answer only.")
    HttpResponse<ApiToken> createToken(@Parameter(hidden = true) Actor actor, @Body NewToken request) {
        return HttpResponse.created(tokens.createPersonal(actor, request.name(), request.expiresOn()));
    }

    @Delete("/me/tokens/{id}")
    @Operation(summary = "Thu hồi mã truy cập")
    HttpResponse<Void> revokeToken(@Parameter(hidden = true) Actor actor, long id) {
        tokens.revoke(actor, id);
        return HttpResponse.noContent();
    }

    @Serdeable
    record NewToken(@Nullable String name, @Nullable LocalDate expiresOn) {
    }
}
