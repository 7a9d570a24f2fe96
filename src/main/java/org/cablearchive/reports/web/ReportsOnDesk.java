package org.cablearchive.reports.web;

import java.util.Map;
import org.cablearchive.editorial.DeskSection;
import org.cablearchive.editorial.Editor;
import org.cablearchive.reports.ErrorReports;
import org.springframework.stereotype.Component;

/** The desk shows the oldest open reports from readers and how many wait. */
@Component
class ReportsOnDesk implements DeskSection {

    private final ErrorReports reports;

    ReportsOnDesk(ErrorReports reports) {
        this.reports = reports;
    }

    @Override
    public Map<String, ?> attributes(Editor editor) {
        return Map.of("openReports", reports.openCount(), "reportQueue", reports.queue(0).stream().limit(5).toList());
    }
}
