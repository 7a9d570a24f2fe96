/**
 * Writing XML for the archive's outputs: a streaming, namespaced writer ({@link XmlOutput})
 * and the rule that keeps any text legal XML ({@link XmlChars}).
 */
package org.cablearchive.publishing.xml;
