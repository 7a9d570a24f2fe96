/**
 * Writing XML for the archive's outputs: a streaming, namespaced writer ({@link org.cablearchive.publishing.xml.XmlOutput})
 * and the rule that keeps any text legal XML ({@link org.cablearchive.publishing.xml.XmlChars}).
 */
package org.cablearchive.publishing.xml;
