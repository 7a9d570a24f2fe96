/**
 * Authority records: persons and the positions they held over time, and the glossary of telegraphic
 * abbreviations (Embtel, Deptel, Sov, Govt…) that readers and the search index use to understand the text.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {})
package org.cablearchive.people;

import org.springframework.modulith.ApplicationModule;
