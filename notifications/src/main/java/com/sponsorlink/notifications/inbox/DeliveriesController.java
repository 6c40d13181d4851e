package com.sponsorlink.notifications.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of outgoing notifications and jobs: queued, sent and dead deliveries with a
 * retry for dead ones, the latest job runs, and the daily reminder on demand. In the admins-only
 * {@code /admin} URL space, served by the context that owns them.
 */
@Controller
class DeliveriesController {

    static final List<String> STATUSES = List.of("QUEUED", "RETRYING", "SENDING", "SENT", "DEAD");

    private final Deliveries deliveries;
    private final JobRuns runs;
    private final DailyReminder reminder;
    private final EventTransport transport;
    private final Clock clock;

    DeliveriesController(Deliveries deliveries, JobRuns runs, DailyReminder reminder, EventTransport transport, Clock clock) {
        this.deliveries = deliveries;
        this.runs = runs;
        this.reminder = reminder;
        this.transport = transport;
        this.clock = clock;
    }

    @GetMapping("/admin/deliveries")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int page, Model model) {
        String filter = STATUSES.contains(status) ? status : "";
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("counts", deliveries.countsByStatus());
        model.addAttribute("page", deliveries.page(filter, PageRequest.of(Math.max(page, 1) - 1, 20)));
        model.addAttribute("runs", runs.latest(10));
        if (transport instanceof RedisStreamsTransport redis) {
            model.addAttribute("deadLetters", redis.deadLetters(50));
        }
        return "notifications/deliveries";
    }

    @PostMapping("/admin/jobs/daily-reminder")
    String runReminder(RedirectAttributes redirect) {
        int influencers = reminder.runNow();
        redirect.addFlashAttribute("flash", "The daily reminder ran for " + influencers + " influencers with requests "
                + "awaiting them; anyone already reminded today was not reminded again.");
        return "redirect:/admin/deliveries";
    }

    @PostMapping("/admin/dead-letters/{id}/retry")
    String retryDeadLetter(@PathVariable String id, RedirectAttributes redirect) {
        if (transport instanceof RedisStreamsTransport redis && redis.retry(id)) {
            redirect.addFlashAttribute("flash", "The event is back on the stream and is handled again.");
        }
        else {
            redirect.addFlashAttribute("problem", "There is no such dead-lettered event.");
        }
        return "redirect:/admin/deliveries";
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        if (deliveries.retry(id, clock.instant())) {
            redirect.addFlashAttribute("flash", "The delivery is queued again and goes out within seconds.");
        }
        else {
            redirect.addFlashAttribute("problem", "Only a dead delivery can be retried.");
        }
        return "redirect:/admin/deliveries?status=DEAD";
    }
}
