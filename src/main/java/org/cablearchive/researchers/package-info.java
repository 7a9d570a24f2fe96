/**
 * What signed-in readers keep for themselves: saved searches (run again with one click, with how many documents they
 * find now and found when saved) and bookmarks of documents with a note. Each reader sees only their own.
 */
@ApplicationModule(displayName = "Researchers", allowedDependencies = {"accounts", "records", "search"})
package org.cablearchive.researchers;

import org.springframework.modulith.ApplicationModule;
