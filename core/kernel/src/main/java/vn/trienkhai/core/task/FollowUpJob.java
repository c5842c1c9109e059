package vn.trienkhai.core.task;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;

/**
 * Hourly, for every organisation: the occurrences of recurring duties that came within the horizon, the tasks
 * written before the follow-up existed, and the deadline notices. Each step is idempotent, so a missed or repeated
 * run changes nothing but timing. Tests run the steps themselves ({@code trienkhai.follow-up.enabled: false}).
 */
@Singleton
@Requires(property = "trienkhai.follow-up.enabled", notEquals = "false")
class FollowUpJob {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);

    private final TaskAssignment assignment;
    private final TaskNotifications notifications;
    private final OrganisationService organisations;

    FollowUpJob(TaskAssignment assignment, TaskNotifications notifications, OrganisationService organisations) {
        this.assignment = assignment;
        this.notifications = notifications;
        this.organisations = organisations;
    }

    @Scheduled(initialDelay = "20s", fixedDelay = "1h")
    void run() {
        for (Organisation organisation : organisations.list(Actor.installation())) {
            long organisationId = organisation.id();
            int occurrences = assignment.extendToHorizon(organisationId);
            int notices = notifications.scanDeadlines(organisationId);
            if (occurrences + notices > 0) {
                LOG.info("Follow-up of organisation {}: {} new occurrences, {} deadline notices", organisationId, occurrences, notices);
            }
        }
    }
}
