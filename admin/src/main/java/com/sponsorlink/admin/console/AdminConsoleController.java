package com.sponsorlink.admin.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin console's pages. The {@code /admin} URL space is admins-only (see the security wiring).
 */
@Controller
@RequestMapping("/admin")
class AdminConsoleController {

    static final int PAGE_SIZE = 20;

    private final UserDirectory users;
    private final CampaignDirectory campaigns;
    private final AdRequestDirectory requests;
    private final AppealDirectory appeals;
    private final AuditTrail audit;
    private final Moderation moderation;
    private final Clock clock;

    AdminConsoleController(UserDirectory users, CampaignDirectory campaigns, AdRequestDirectory requests,
            AppealDirectory appeals, AuditTrail audit, Moderation moderation, Clock clock) {
        this.users = users;
        this.campaigns = campaigns;
        this.requests = requests;
        this.appeals = appeals;
        this.audit = audit;
        this.moderation = moderation;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String overview(Model model) {
        model.addAttribute("counts", users.countsByRoleAndStatus());
        model.addAttribute("campaignCounts", campaigns.counts(LocalDate.now(clock)));
        var requestCounts = requests.countsByStatus();
        model.addAttribute("requestCounts", requestCounts);
        model.addAttribute("acceptedMinor", java.util.stream.Stream.of("ACCEPTED", "COMPLETED")
            .mapToLong(status -> requestCounts.getOrDefault(status, new long[2])[1]).sum());
        model.addAttribute("requestStatuses", AdRequestFilter.STATUSES);
        model.addAttribute("pending", users.pendingSponsors(PageRequest.of(0, 5)));
        model.addAttribute("openAppeals", appeals.countOpen());
        model.addAttribute("recent", audit.page(PageRequest.of(0, 5)));
        return "admin/overview";
    }

    @GetMapping("/sponsors")
    @Transactional(readOnly = true)
    String pendingSponsors(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", users.pendingSponsors(pageable(page)));
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", ReasonForm.empty());
        }
        return "admin/sponsors";
    }

    @PostMapping("/sponsors/{sponsorId}/approve")
    String approve(@PathVariable UUID sponsorId, Principal admin, RedirectAttributes redirect) {
        moderation.approveSponsor(idOf(admin), sponsorId);
        redirect.addFlashAttribute("flash", "The sponsor was approved and may now publish campaigns.");
        return "redirect:/admin/sponsors";
    }

    @PostMapping("/sponsors/{sponsorId}/reject")
    String reject(@PathVariable UUID sponsorId, @Validated @ModelAttribute("rejection") ReasonForm rejection,
            BindingResult errors, @RequestParam(defaultValue = "1") int page, Principal admin, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("rejecting", sponsorId);
            return pendingSponsors(page, model);
        }
        moderation.rejectSponsor(idOf(admin), sponsorId, rejection.trimmed());
        redirect.addFlashAttribute("flash", "The sponsor was rejected; they see your reason on their dashboard.");
        return "redirect:/admin/sponsors";
    }

    @GetMapping("/users")
    @Transactional(readOnly = true)
    String users(@ModelAttribute("filter") UserFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", users.search(filter, pageable(page)));
        model.addAttribute("roles", UserFilter.ROLES);
        model.addAttribute("statuses", UserFilter.STATUSES);
        return "admin/users";
    }

    @GetMapping("/users/{userId}")
    @Transactional(readOnly = true)
    String user(@PathVariable UUID userId, Model model) {
        model.addAttribute("user", users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", ReasonForm.empty());
        }
        return "admin/user";
    }

    @PostMapping("/users/{userId}/suspend")
    String suspend(@PathVariable UUID userId, @Validated @ModelAttribute("decision") ReasonForm decision,
            BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return user(userId, model);
        }
        moderation.suspend(idOf(admin), userId, decision.trimmed());
        redirect.addFlashAttribute("flash", "The user is suspended and can no longer sign in.");
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/users/{userId}/reinstate")
    String reinstate(@PathVariable UUID userId, @Validated @ModelAttribute("decision") ReasonForm decision,
            BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return user(userId, model);
        }
        moderation.reinstate(idOf(admin), userId, decision.trimmed());
        redirect.addFlashAttribute("flash", "The suspension was lifted; the user may sign in again.");
        return "redirect:/admin/users/" + userId;
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    String audit(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", audit.page(pageable(page)));
        return "admin/audit";
    }

    @ExceptionHandler(ModerationRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ModerationRefusedException refusal, Model model) {
        model.addAttribute("message", refusal.getMessage());
        return "conflict";
    }

    private static Pageable pageable(int page) {
        return PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
    }

    private static UUID idOf(Principal admin) {
        return UUID.fromString(admin.getName());
    }
}
