/**
 * Reports of errors from readers: "Report an error" on every document's page (a wrong footnote, a transcription
 * error), the desk's queue of reports with the passage shown in its context, and their resolution by an edit of the
 * document or their refusal with a reason; a signed-in reader follows their own reports on their shelf. Reports are
 * never shown to the public and quote only the text the public may read.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"accounts", "editorial", "records", "researchers"})
package org.cablearchive.reports;

import org.springframework.modulith.ApplicationModule;
