package org.cablearchive.publishing.web;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.testing.Frus;

/**
 * What a shared FRUS file says of itself, read straight from its XML, to check citations against: the complete
 * title, the editors in order, the year printed, and the number ({@code @n}) of one document.
 */
record VolumeHeaderFacts(String title, List<String> editors, String year, String documentNumber) {

    static VolumeHeaderFacts read(String volume, String documentXmlId) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        String title = null;
        String year = null;
        String number = null;
        List<String> editors = new ArrayList<>();
        boolean inPublication = false;
        try (InputStream in = Files.newInputStream(Frus.file(volume))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext() && number == null) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("publicationStmt")) {
                        inPublication = true;
                    } else if (name.equals("title") && "complete".equals(r.getAttributeValue(null, "type")) && title == null) {
                        title = normalized(r.getElementText());
                    } else if (name.equals("editor")) {
                        editors.add(normalized(r.getElementText()));
                    } else if (name.equals("date") && inPublication && year == null) {
                        year = normalized(r.getElementText());
                    } else if (name.equals("div")
                            && documentXmlId.equals(r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "id"))) {
                        number = r.getAttributeValue(null, "n");
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("publicationStmt")) {
                    inPublication = false;
                }
            }
        }
        return new VolumeHeaderFacts(title, editors, year, number);
    }

    private static String normalized(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** "Glennon" of "John P. Glennon". */
    static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
