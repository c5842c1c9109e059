package vn.trienkhai.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.AccountRow;
import vn.trienkhai.core.audit.AuditTrail;

import java.time.Clock;

/**
 * Creates the first system administrator of a new installation from configuration
 * ({@code TRIENKHAI_ADMIN_LOGIN}, {@code TRIENKHAI_ADMIN_PASSWORD}); there is no built-in account and no
 * default password. Nothing happens when the login exists already, so the variables can stay set; remove the
 * password from the environment once the administrator has changed it.
 */
@Singleton
public class FirstAdministrator implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final String login;
    private final String password;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    FirstAdministrator(@Value("${trienkhai.admin.login:}") String login, @Value("${trienkhai.admin.password:}") String password,
                       AccountRepository accounts, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.login = login.strip().toLowerCase();
        this.password = password;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (login.isEmpty() || accounts.existsByLogin(login)) {
            return;
        }
        if (password.length() < AccountChecks.PASSWORD_MIN) {
            throw new IllegalStateException("TRIENKHAI_ADMIN_PASSWORD must have at least " + AccountChecks.PASSWORD_MIN + " characters");
        }
        create();
        LOG.info("System administrator '{}' created from configuration", login);
    }

    @Transactional
    void create() {
        AccountRow row = accounts.save(new AccountRow(null, null, null, login, "Quản trị hệ thống", hasher.hash(password), true,
                Role.SYSTEM_ADMIN.name(), "", clock.instant(), null));
        audit.created(Actor.installation(), null, "account", row.id(), login, row);
    }
}
