package org.cablearchive.records.tei.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * What went wrong with a TEI file, in words: the parser's errors as a person reads them, with a hint for the known
 * cases. The file itself is opened by the archive's one secure factory ({@link SecureXmlFactory#file}).
 */
final class ParseFailures {

    private ParseFailures() {
    }

    /**
     * A parse error as a person reads it: where, and what the parser says, with a hint for known cases. A failing
     * stream is no parse error: it is rethrown as {@link UncheckedIOException}.
     */
    static TeiImportException failure(XMLStreamException e) {
        String message = parserMessage(e);
        Location at = e.getLocation();
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String hint = "";
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException && !(cause instanceof CharacterCodingException)) {
            throw new UncheckedIOException("The file could not be read: " + cause.getMessage(), (IOException) cause);
        }
        if (cause instanceof CharacterCodingException) {
            return new TeiImportException("Not a readable FRUS TEI file: its bytes are not valid text in the encoding "
                    + "it declares (UTF-8 when it declares none)" + where + "; it is probably binary or saved in another "
                    + "encoding.", e);
        }
        if (message.contains("PrefixUnbound") || message.contains("is not bound")) {
            message = unboundPrefix(message);
            hint = " Every prefix must be declared: a bare FRUS div that uses frus: attributes must be wrapped in "
                    + "<TEI xmlns=\"" + El.TEI + "\" xmlns:frus=\"" + El.FRUS + "\">.";
        } else if (message.contains("prolog") || message.contains("Premature end of file")) {
            hint = " The file is not XML; a FRUS TEI volume begins with <?xml …?> or <TEI …>.";
        } else if (message.contains("was referenced, but not declared")) {
            hint = " FRUS TEI uses no named entities other than the five of XML; write characters as such or as &#…;.";
        } else if (message.contains("maxElementDepth")) {
            hint = " Elements nest deeper than FRUS ever does (a dozen levels); the file is broken or hostile.";
        } else if (message.contains("JAXP0") || message.contains("limit")) {
            hint = " The file exceeds a safety limit of the importer.";
        }
        return new TeiImportException("Not a readable FRUS TEI file: the XML is not well-formed" + where + ": " + message
                + hint, e);
    }

    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    /** The JDK reports "…#AttributePrefixUnbound?div&frus:a&frus" (element, name, prefix). */
    private static String unboundPrefix(String message) {
        int q = message.indexOf('?');
        if (q < 0 || !message.contains("PrefixUnbound")) {
            return message;
        }
        String[] parts = message.substring(q + 1).split("&");
        if (parts.length == 3) {
            return "the prefix \"" + parts[2] + "\" of " + (message.contains("AttributePrefixUnbound")
                    ? "the attribute " + parts[1] + " on <" + parts[0] + ">" : "the element <" + parts[1] + ">")
                    + " is not declared.";
        }
        if (parts.length == 2) {
            return "the prefix \"" + parts[1] + "\" of the element <" + parts[0] + "> is not declared.";
        }
        return message;
    }
}
