package vn.trienkhai.core.access;

/**
 * Who is asking: every service operation receives one and decides with it what may be seen and done.
 *
 * <p>The UI builds it from the session and the API from the request, in one place each
 * ({@code CurrentActor} in the app), so that binding it to a signed-in account changes no service.
 *
 * @param organisationId the organisation (tenant) the request acts in
 */
public record Actor(long organisationId) {
}
