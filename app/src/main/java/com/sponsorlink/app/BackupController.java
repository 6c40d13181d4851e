package com.sponsorlink.app;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's backups of the embedded database: the copies kept and a backup on demand.
 */
@Controller
class BackupController {

    private final DatabaseBackups backups;

    BackupController(DatabaseBackups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backups")
    String list(Model model) {
        model.addAttribute("available", backups.available());
        model.addAttribute("backups", backups.available() ? backups.list() : java.util.List.of());
        model.addAttribute("folder", backups.folder().toString());
        return "backups";
    }

    @PostMapping("/admin/backups")
    String backUp(RedirectAttributes redirect) {
        if (!backups.available()) {
            redirect.addFlashAttribute("problem", "Online backups here are for the embedded SQLite database only.");
            return "redirect:/admin/backups";
        }
        DatabaseBackups.Backup backup = backups.backUp();
        redirect.addFlashAttribute("flash", "Backed up to " + backup.path() + " (" + backup.size() + ").");
        return "redirect:/admin/backups";
    }
}
