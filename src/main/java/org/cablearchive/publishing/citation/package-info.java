/**
 * How to cite a document of the archive, and the reference in the forms reference managers read: the note FRUS
 * recommends (Chicago style), CSL-JSON, RIS, BibTeX, and the Highwire Press and Dublin Core {@code <meta>} tags
 * that Zotero and other tools read from the reading page. Everything is built from one
 * {@link CitedDocument}, so the formats cannot disagree.
 */
package org.cablearchive.publishing.citation;
