package vn.trienkhai.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.access.Role;

import java.util.Set;

/** The changes accounts accept; the same records are the bodies of the API's requests. */
public final class AccountRequests {

    private AccountRequests() {
    }

    @Serdeable
    public record CreateAccountRequest(@Nullable String login, @Nullable String displayName, @Nullable String password,
                                       @Nullable Long homeUnitId, @Nullable Set<Role> roles, @Nullable Set<String> permissions) {
    }

    @Serdeable
    public record UpdateAccountRequest(long version, @Nullable String displayName, @Nullable Long homeUnitId,
                                       @Nullable Set<Role> roles, @Nullable Set<String> permissions, boolean enabled) {
    }

    @Serdeable
    public record PasswordRequest(@Nullable String password) {
    }

    @Serdeable
    public record ChangeOwnPasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {
    }
}
