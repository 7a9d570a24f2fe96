/**
 * What search engines read: {@code /sitemap.xml} (a site map, or an index of site maps past 50,000 addresses) and
 * {@code /robots.txt}.
 */
package org.cablearchive.publishing.sitemap;
