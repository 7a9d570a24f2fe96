package org.cablearchive.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.accounts.Reader;
import org.cablearchive.reports.ErrorReports;
import org.cablearchive.reports.InvalidReportException;
import org.cablearchive.reports.ReportDraft;
import org.cablearchive.reports.TooManyReportsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Report an error" on a document's page, and the desk's queue of reports: each report with its passage in context,
 * resolved by a revision of the document or declined with a reason.
 */
@Controller
class ReportController {

    private final ErrorReports reports;
    private final DocumentCatalog catalog;

    ReportController(ErrorReports reports, DocumentCatalog catalog) {
        this.reports = reports;
        this.catalog = catalog;
    }

    @GetMapping("/documents/{id}/report")
    String form(@PathVariable String id, @RequestParam(required = false) String passage, Reader reader,
                Model model) {
        model.addAttribute("doc", catalog.find(id, reader)
                .orElseThrow(() -> new DocumentNotFoundException(id)));
        if (!model.containsAttribute("report")) {
            String quoted = passage == null ? null : passage.strip();
            model.addAttribute("report", new ReportDraft(quoted == null || quoted.length() > 2000 ? null : quoted, null, null, null));
        }
        return "reports/form";
    }

    @PostMapping("/documents/{id}/reports")
    Object file(@PathVariable String id, @Valid @ModelAttribute ReportDraft report, BindingResult errors,
                Authentication who, Reader reader, HttpServletRequest request, RedirectAttributes flash) {
        String form = "redirect:/documents/" + id + "/report";
        if (errors.hasErrors()) {
            return refused(flash, report, errors.getFieldErrors().stream().map(e -> e.getDefaultMessage()).toList(), form);
        }
        try {
            reports.file(id, report, signedIn(who), request.getRemoteAddr(), reader);
        } catch (InvalidReportException e) {
            return refused(flash, report, List.of(e.getMessage()), form);
        } catch (TooManyReportsException e) {
            ModelAndView page = new ModelAndView("reports/later", HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("message", e.getMessage());
            page.addObject("documentId", id);
            return page;
        }
        flash.addFlashAttribute("reportNotice", signedIn(who) == null
                ? "Thank you: your report reached the archivists."
                : "Thank you: your report reached the archivists. Follow it on your shelf.");
        return "redirect:/documents/" + id + "#report";
    }

    private static String refused(RedirectAttributes flash, ReportDraft report, List<String> messages, String target) {
        flash.addFlashAttribute("report", report);
        flash.addFlashAttribute("reportErrors", messages);
        return target;
    }

    @GetMapping("/desk/reports")
    String queue(@RequestParam(defaultValue = "0") long after, Model model) {
        var lines = reports.queue(after);
        model.addAttribute("reports", lines);
        model.addAttribute("open", reports.openCount());
        model.addAttribute("after", after);
        model.addAttribute("next", lines.size() == 25 ? lines.get(lines.size() - 1).id() : null);
        return "reports/queue";
    }

    @GetMapping("/desk/reports/{id}")
    String report(@PathVariable long id, Model model, Reader reader) {
        model.addAttribute("report", reports.detail(id, reader));
        return "reports/report";
    }

    @PostMapping("/desk/reports/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) Integer revision, Authentication who,
                   RedirectAttributes flash) {
        try {
            reports.resolve(id, revision, who.getName());
            flash.addFlashAttribute("notice", "Report marked as corrected by revision " + revision + ".");
        } catch (InvalidReportException e) {
            flash.addFlashAttribute("reportError", e.getMessage());
        }
        return "redirect:/desk/reports/" + id;
    }

    @PostMapping("/desk/reports/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
                   RedirectAttributes flash) {
        try {
            reports.decline(id, reason, who.getName());
            flash.addFlashAttribute("notice", "Report declined. Its reader will see your reason.");
        } catch (InvalidReportException e) {
            flash.addFlashAttribute("reportError", e.getMessage());
        }
        return "redirect:/desk/reports/" + id;
    }

    private static String signedIn(Authentication who) {
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? null : who.getName();
    }
}
