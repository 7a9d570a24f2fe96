package org.cablearchive.researchers.web;

import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.researchers.NotOnShelfException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Someone else's saved search or bookmark, or a document the reader may not see: not found. */
@ControllerAdvice(basePackageClasses = ShelfErrors.class)
class ShelfErrors {

    @ExceptionHandler({NotOnShelfException.class, DocumentNotFoundException.class})
    ModelAndView notFound(RuntimeException e) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", e instanceof NotOnShelfException ? e.getMessage() + "." : "There is no such document, or it is not published.");
        return page;
    }
}
