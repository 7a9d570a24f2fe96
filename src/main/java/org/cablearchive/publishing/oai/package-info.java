/**
 * OAI-PMH 2.0 at {@code /oai}: the archive's published documents for harvesters, in simple Dublin Core, with the
 * volumes as sets. Identifiers are {@code oai:<repository id>:<document id>}; datestamps are when a document last
 * changed for the public; lists page by key through stateless resumption tokens.
 */
package org.cablearchive.publishing.oai;
