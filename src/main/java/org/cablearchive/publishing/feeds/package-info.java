/**
 * Atom feeds: {@link AtomFeed} writes any list of entries as a feed; the archive's
 * feed of newly published documents is at {@code /feed.atom}.
 */
package org.cablearchive.publishing.feeds;
