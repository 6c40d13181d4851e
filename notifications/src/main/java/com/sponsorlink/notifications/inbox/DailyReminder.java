package com.sponsorlink.notifications.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, at {@code app.reminders.daily-at} (18:00 by default, in the server's time zone),
 * each influencer with ad requests awaiting their answer, or with deals whose deliverables are past
 * their due date and not all approved, gets one reminder listing them. The check
 * runs every minute: the first check at or after that time claims the day, so the reminder goes
 * out once per day across restarts and instances, and still goes out later the same day when the
 * app was down at that hour. The reminder's source key is the influencer and the day, so an
 * admin's extra run that day adds no second reminder.
 */
@Component
class DailyReminder {

    static final String JOB = "daily-reminder";

    private final OpenRequests open;
    private final DueWork due;
    private final Notifications notifications;
    private final JobRuns runs;
    private final Clock clock;
    private final LocalTime at;

    DailyReminder(OpenRequests open, DueWork due, Notifications notifications, JobRuns runs, Clock clock,
            @Value("${app.reminders.daily-at:18:00}") LocalTime at) {
        this.open = open;
        this.due = due;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
        this.at = at;
    }

    @Scheduled(fixedDelayString = "${app.reminders.check-every:PT1M}")
    void onSchedule() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!now.toLocalTime().isBefore(at) && !runs.claimed(JOB, now.toLocalDate())
                && runs.claim(JOB, now.toLocalDate(), clock.instant())) {
            remind(now.toLocalDate());
        }
    }

    /** An admin's run, today, now; influencers already reminded today are not reminded again. */
    int runNow() {
        LocalDate today = LocalDate.now(clock);
        runs.adminRun(JOB, today, clock.instant());
        return remind(today);
    }

    private int remind(LocalDate day) {
        Map<UUID, List<String>> awaiting = open.awaitingInfluencers();
        Map<UUID, List<String>> overdue = due.overdueInfluencers(day);
        Set<UUID> influencers = new LinkedHashSet<>(awaiting.keySet());
        influencers.addAll(overdue.keySet());
        for (UUID influencer : influencers) {
            List<String> requests = awaiting.getOrDefault(influencer, List.of());
            List<String> late = overdue.getOrDefault(influencer, List.of());
            List<String> titles = new ArrayList<>();
            List<String> body = new ArrayList<>();
            if (!requests.isEmpty()) {
                titles.add(requests.size() == 1 ? "1 ad request awaits your answer" : requests.size() + " ad requests await your answer");
                body.add(String.join("; ", requests) + ".");
            }
            if (!late.isEmpty()) {
                titles.add(late.size() == 1 ? "1 deal's deliverables are overdue" : late.size() + " deals' deliverables are overdue");
                body.add("Overdue: " + String.join("; ", late) + ".");
            }
            notifications.deliver(Notification.of(influencer, "reminder:" + day + ":" + influencer, String.join("; ", titles),
                    String.join(" ", body), null, requests.isEmpty() ? "/influencer" : "/influencer/ad-requests?status=AWAITING",
                    clock.instant()));
        }
        runs.finished(JOB, day, clock.instant(), "Reminded " + influencers.size() + " influencers");
        return influencers.size();
    }
}
