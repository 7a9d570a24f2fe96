package org.cablearchive.publishing.oai;

import org.cablearchive.publishing.citation.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.cablearchive.publishing.xml.XmlOutput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * OAI-PMH 2.0 at {@code /oai}, by GET or by POST with form parameters (protocol section 3.1.1). Every answer is
 * HTTP 200 with an {@code <OAI-PMH>} document; errors of the protocol are in it, by their codes.
 */
@Controller
class OaiController {

    private final Permalinks permalinks;

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = OaiRepository.OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    private final OaiRepository repository;

    OaiController(OaiRepository repository, Permalinks permalinks) {
        this.repository = repository;
        this.permalinks = permalinks;
    }

    @RequestMapping(path = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String site = permalinks.site(request);
        OaiRepository.Site where = new OaiRepository.Site(site, permalinks.host(request));
        OaiArguments args = null;
        OaiRepository.Answer answer;
        try {
            args = OaiArguments.parse(request.getParameterMap());
            answer = repository.answer(args, where, now);
        } catch (OaiError error) {
            Map<String, String> echo = args != null && error.echoesArguments() ? args.echo() : Map.of();
            answer = out -> out.start("error").attribute("code", error.code().name()).text(error.getMessage()).end();
            write(response, now, site, echo, answer);
            return;
        }
        write(response, now, site, args.echo(), answer);
    }

    private static void write(HttpServletResponse response, Instant now, String site, Map<String, String> echo,
                              OaiRepository.Answer answer) throws IOException {
        response.setContentType("text/xml;charset=UTF-8");
        try (XmlOutput out = new XmlOutput(response.getOutputStream())) {
            out.root("OAI-PMH", OaiRepository.OAI).namespace("xsi", XSI).attribute(XSI, "schemaLocation", SCHEMA_LOCATION)
                    .element("responseDate", HarvestWindow.datestamp(now));
            out.start("request");
            echo.forEach(out::attribute);
            out.text(site + "/oai").end();
            answer.write(out);
        }
    }
}
