package com.sponsorlink.adrequests.export;

import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Export my campaigns": the sponsor starts an export, watches its progress and downloads the
 * file once ready. Only the owner finds an export; anyone else's answers 404.
 */
@Controller
class ExportController {

    private final ExportService service;
    private final ExportWriter writer;

    ExportController(ExportService service, ExportWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    @GetMapping("/sponsor/exports")
    String list(Principal principal, Model model) {
        model.addAttribute("exports", service.latestOf(idOf(principal)));
        return "adrequests/exports";
    }

    @PostMapping("/sponsor/exports")
    String start(Principal principal, RedirectAttributes redirect) {
        Exports.Export export = service.start(idOf(principal));
        writer.write(export.id(), export.sponsorId(), export.fileName());
        redirect.addFlashAttribute("flash", "Your export has started; you are notified when it is ready.");
        return "redirect:/sponsor/exports";
    }

    @GetMapping("/sponsor/exports/{id}/download")
    ResponseEntity<FileSystemResource> download(@PathVariable UUID id, Principal principal) {
        Exports.Export export = service.find(id, idOf(principal)).filter(Exports.Export::ready)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sponsorlink-campaigns-" + DateTimeFormatter.ISO_LOCAL_DATE.format(
                        export.createdAt().atZone(java.time.ZoneId.systemDefault())) + ".csv").build().toString())
            .body(new FileSystemResource(writer.fileOf(export.fileName())));
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
