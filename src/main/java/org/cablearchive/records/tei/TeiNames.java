package org.cablearchive.records.tei;

import javax.xml.XMLConstants;

/**
 * The FRUS TEI vocabulary the archive knows, named once: the namespaces, the elements of a volume's structure and of
 * the stored body's subset of TEI, and their attributes. The reader, the writer and the records' walkers of stored
 * bodies ({@code Body}, {@code BodyHtml}, {@code Withholding}, {@code PlacedText}, {@code BodyBuilder}) use these names;
 * an element the archive does not model is kept as it is and needs no name here.
 */
public final class TeiNames {

    /** The TEI namespace, the default one of FRUS files; stored bodies leave TEI elements without a namespace. */
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    /** The Office of the Historian's namespace, prefix {@code frus:} ({@code frus:doc-dateTime-min}…). */
    public static final String FRUS_NS = "http://history.state.gov/frus/ns/1.0";
    public static final String FRUS_PREFIX = "frus";
    public static final String XML_NS = XMLConstants.XML_NS_URI;

    // A volume's structure
    public static final String TEI = "TEI";
    public static final String TEI_HEADER = "teiHeader";
    public static final String TEXT = "text";
    public static final String FRONT = "front";
    public static final String BODY = "body";
    public static final String BACK = "back";
    public static final String DIV = "div";

    // A document's body (the stored subset) and its parts as FRUS prints them
    public static final String HEAD = "head";
    public static final String P = "p";
    public static final String PB = "pb";
    public static final String LB = "lb";
    public static final String NOTE = "note";
    public static final String REF = "ref";
    public static final String SUPPLIED = "supplied";
    public static final String GAP = "gap";
    public static final String DESC = "desc";
    public static final String HI = "hi";
    public static final String Q = "q";
    public static final String QUOTE = "quote";
    public static final String LIST = "list";
    public static final String ITEM = "item";
    public static final String LABEL = "label";
    public static final String TABLE = "table";
    public static final String ROW = "row";
    public static final String CELL = "cell";
    public static final String PERS_NAME = "persName";
    public static final String PLACE_NAME = "placeName";
    public static final String GLOSS = "gloss";
    public static final String TERM = "term";
    public static final String ABBR = "abbr";
    public static final String RS = "rs";
    public static final String NAME = "name";
    public static final String NUM = "num";
    public static final String FOREIGN = "foreign";
    public static final String EMPH = "emph";
    public static final String FIGURE = "figure";
    public static final String DATE = "date";
    public static final String SEG = "seg";
    public static final String OPENER = "opener";
    public static final String CLOSER = "closer";
    public static final String DATELINE = "dateline";
    public static final String SALUTE = "salute";
    public static final String SIGNED = "signed";
    public static final String POSTSCRIPT = "postscript";
    public static final String TRAILER = "trailer";

    // The volume's header and title page
    public static final String FILE_DESC = "fileDesc";
    public static final String TITLE_STMT = "titleStmt";
    public static final String PUBLICATION_STMT = "publicationStmt";
    public static final String SOURCE_DESC = "sourceDesc";
    public static final String TITLE_PAGE = "titlePage";
    public static final String TITLE = "title";
    public static final String EDITOR = "editor";
    public static final String IDNO = "idno";

    // Attributes, as stored bodies write them
    public static final String XML_ID = "xml:id";
    public static final String N = "n";
    public static final String TYPE = "type";
    public static final String SUBTYPE = "subtype";
    public static final String REND = "rend";
    public static final String CORRESP = "corresp";
    public static final String TARGET = "target";
    public static final String REASON = "reason";
    public static final String RENDITION = "rendition";
    public static final String ROLE = "role";
    /** {@code date} attributes: a day or moment, a range, and the bounds of an uncertain date. */
    public static final String WHEN = "when";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String NOT_BEFORE = "notBefore";
    public static final String NOT_AFTER = "notAfter";

    // Values
    /** {@code div type="document"}: one document of a volume. */
    public static final String DOCUMENT = "document";
    /** {@code gap reason="notDeclassified"}: withheld text, FRUS's own and the archive's. */
    public static final String NOT_DECLASSIFIED = "notDeclassified";

    private TeiNames() {
    }
}
