/**
 * The frame around every page: layout, home page, error pages and the shared stylesheet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = {"accounts", "records"})
package org.cablearchive.site;
