package org.cablearchive.reports.web;

import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.reports.ReportNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A report or document that does not exist, or that this reader may not see: not found. */
@ControllerAdvice(basePackageClasses = ReportErrors.class)
class ReportErrors {

    @ExceptionHandler({ReportNotFoundException.class, DocumentNotFoundException.class})
    ModelAndView notFound(RuntimeException e) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", e instanceof ReportNotFoundException
                ? "There is no such report." : "There is no such document, or it is not published.");
        return page;
    }
}
