/**
 * The forms FRUS prints in running text, read alike from TEI and from plain text: telegram shorthand ("Embtel 634,
 * October 15"), printed dates, the labels of a conversation's participants.
 */
@NamedInterface("tei-text")
package org.cablearchive.records.tei.text;

import org.springframework.modulith.NamedInterface;
