package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.records.DocumentNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A document that does not exist (or that this reader may not see) is a 404, as a page or as JSON. */
@ControllerAdvice(basePackageClasses = RecordsErrors.class)
class RecordsErrors {

    @ExceptionHandler(DocumentNotFoundException.class)
    Object notFound(DocumentNotFoundException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            problem.setTitle("Document not found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", "There is no document " + e.id() + " in the archive, or it is not published.");
        return page;
    }
}
