package org.cablearchive.reports.web;

import java.util.Map;
import org.cablearchive.reports.ErrorReports;
import org.cablearchive.researchers.ShelfSection;
import org.springframework.stereotype.Component;

/** A signed-in reader's reports, with where each stands, on their shelf. */
@Component
class ReportsOnShelf implements ShelfSection {

    private final ErrorReports reports;

    ReportsOnShelf(ErrorReports reports) {
        this.reports = reports;
    }

    @Override
    public Map<String, ?> attributes(String username) {
        return Map.of("myReports", reports.mine(username));
    }
}
