/**
 * The frame around every page: layout, home page, error pages and the shared stylesheet.
 */
@ApplicationModule(displayName = "Site", allowedDependencies = {"accounts", "records"})
package org.cablearchive.site;

import org.springframework.modulith.ApplicationModule;
