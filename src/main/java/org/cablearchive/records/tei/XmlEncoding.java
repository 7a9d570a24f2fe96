package org.cablearchive.records.tei;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.UnreadableVolumeException;

/**
 * Decodes the file's bytes before the parser sees them, by its byte-order mark or XML declaration (UTF-8 when it
 * names none, as FRUS files are). Decoding here with a strict decoder means invalid bytes become one clear
 * exception, where the JDK parser, decoding itself, also prints "[Fatal Error]" lines to stderr for each bad file.
 */
final class XmlEncoding {

    private static final int PEEK = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");

    private XmlEncoding() {
    }

    static Reader reader(InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 8192);
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            Charset charset = StandardCharsets.UTF_8;
            int bom = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                bom = 3;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
                charset = StandardCharsets.UTF_16BE;
            } else if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
                charset = StandardCharsets.UTF_16LE;
            } else {
                charset = declared(new String(head, StandardCharsets.ISO_8859_1));
            }
            in.skipNBytes(bom);
            return new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read: " + e.getMessage(), e);
        }
    }

    private static Charset declared(String head) {
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableVolumeException("The XML declaration names the encoding \"" + m.group(1) + "\", which this "
                    + "server cannot decode; FRUS TEI files are UTF-8.");
        }
    }
}
