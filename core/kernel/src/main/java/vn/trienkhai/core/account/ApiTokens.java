package vn.trienkhai.core.account;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.ApiTokenRepository;
import vn.trienkhai.core.account.internal.ApiTokenRow;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Bearer tokens for the API: a session token issued at sign-in through the API (valid {@value #SESSION_HOURS}
 * hours) and personal tokens an account creates for its scripts (valid until the date it chooses, at most a
 * year). A token is 256 random bits; only its SHA-256 is stored, so a stolen database holds no usable token.
 */
@Singleton
public class ApiTokens {

    static final int SESSION_HOURS = 8;
    private static final int MAX_DAYS = 366;
    static final int NAME_MAX = 100;
    private static final String SESSION = "SESSION";
    private static final String PERSONAL = "PERSONAL";

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Actors actors;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Actors actors, AccessPolicy policy, AuditTrail audit,
              Messages messages, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.actors = actors;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A token for the session the actor just signed in to. */
    @Transactional
    public ApiToken issueSession(Actor actor) {
        return issue(actor, "API", SESSION, clock.instant().plus(Duration.ofHours(SESSION_HOURS)));
    }

    /** A personal token valid until the end of {@code expiresOn}. */
    @Transactional
    public ApiToken createPersonal(Actor actor, String name, LocalDate expiresOn) {
        policy.require(actor, Operation.OWN_TOKEN_MANAGE);
        LocalDate today = LocalDate.now(clock);
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.field("name", "token.name.required", messages.get("token.name.required"));
        }
        if (name.strip().length() > NAME_MAX) {
            throw InvalidRequestException.field("name", "token.name.too-long", messages.get("token.name.too-long", NAME_MAX));
        }
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw InvalidRequestException.field("expiresOn", "token.expiry.invalid", messages.get("token.expiry.invalid", MAX_DAYS));
        }
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        return issue(actor, name.strip(), PERSONAL, expiresAt);
    }

    @ReadOnly
    public List<ApiToken> personalTokens(Actor actor) {
        policy.require(actor, Operation.OWN_TOKEN_MANAGE);
        return tokens.findByAccountIdAndKindOrderByCreatedAtDesc(actor.accountId(), PERSONAL).stream()
                .map(row -> toToken(row, null)).toList();
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        policy.require(actor, Operation.OWN_TOKEN_MANAGE);
        ApiTokenRow row = tokens.findById(tokenId).filter(token -> token.accountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("token.not-found", messages.get("token.not-found")));
        if (row.revokedAt() == null) {
            ApiTokenRow revoked = tokens.update(row.revoked(clock.instant()));
            audit.updated(actor, actor.organisationId(), "api_token", row.id(), row.name(), row, revoked);
        }
    }

    /** The actor a bearer token stands for, or a refusal when it is unknown, expired, revoked or its account disabled. */
    @ReadOnly
    public Actor authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret == null ? "" : secret))
                .filter(token -> token.revokedAt() == null && token.expiresAt().isAfter(now))
                .flatMap(token -> accounts.findById(token.accountId()))
                .filter(account -> account.enabled())
                .map(actors::of)
                .orElseThrow(() -> new UnauthenticatedException("auth.token.invalid", messages.get("auth.token.invalid")));
    }

    private ApiToken issue(Actor actor, String name, String kind, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "tk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiTokenRow row = tokens.save(new ApiTokenRow(null, actor.accountId(), name, kind, hash(secret), clock.instant(), expiresAt, null));
        if (PERSONAL.equals(kind)) {
            audit.record(actor, actor.organisationId(), "api_token", row.id(), AuditEntry.Action.CREATE, name, List.of());
        }
        return toToken(row, secret);
    }

    private static ApiToken toToken(ApiTokenRow row, String secret) {
        return new ApiToken(row.id(), row.name(), row.kind(), row.createdAt(), row.expiresAt(), row.revokedAt(), secret);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
