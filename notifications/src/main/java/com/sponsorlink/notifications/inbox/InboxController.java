package com.sponsorlink.notifications.inbox;

import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications: the list, opening one (which marks it read) and marking
 * all read. Only one's own notifications are found.
 */
@Controller
class InboxController {

    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Clock clock;

    InboxController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String list(Principal principal, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", inbox.of(idOf(principal), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable UUID id, Principal principal) {
        String link = inbox.read(idOf(principal), id, clock.instant())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll(Principal principal, RedirectAttributes redirect) {
        int marked = inbox.readAll(idOf(principal), clock.instant());
        redirect.addFlashAttribute("flash", marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        return "redirect:/notifications";
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
