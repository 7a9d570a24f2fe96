package org.cablearchive.search.index;

/**
 * The names of the fields of the document index, shared by the mapping and the queries. Text fields are analysed
 * ({@link SearchAnalysis#ENGLISH}); facet fields keep their values whole and count them exactly.
 */
public final class IndexFields {

    // Searched as text.
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String FOOTNOTES = "footnotes";
    /**
     * The source note, kept under its field's name as every field of {@link org.cablearchive.records.DocumentField#SEARCHED}
     * is (the drafting line as {@code drafting}).
     */
    public static final String SOURCE_NOTE = "sourceNote";
    public static final String SENDER_TEXT = "senderText";
    public static final String RECIPIENT_TEXT = "recipientText";
    public static final String PERSONS_TEXT = "personsText";
    public static final String FILE_TEXT = "fileText";

    // Facets: kept whole, counted exactly; each is also the name of its request parameter.
    public static final String TYPE = "type";
    public static final String CLASSIFICATION = "classification";
    public static final String PRECEDENCE = "precedence";
    public static final String SENDER = "sender";
    public static final String RECIPIENT = "recipient";
    public static final String PLACE = "place";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String VOLUME = "volume";
    public static final String PERSON = "person";
    public static final String FILE = "file";
    public static final String FOOTNOTED = "footnoted";

    /**
     * Every facet value of a document (months included) in one field, each as {@code facet + SEPARATOR + value}: a
     * search counts all facets with one read of one field per hit, as Lucene's own facet module does. The values of
     * one facet sort together, in the order of its values.
     */
    public static final String ALL_FACET_VALUES = "facetValues";
    public static final char SEPARATOR = '\u001f';

    /** A facet's value as {@link #ALL_FACET_VALUES} holds it. */
    public static String facetValue(String facet, String value) {
        return facet + SEPARATOR + value;
    }

    // For filters, sorting, the timeline and the results list.
    public static final String STATUS = "status";
    public static final String MONTH = "month";
    public static final String EARLIEST = "earliest";
    public static final String LATEST = "latest";
    public static final String DATE_DISPLAY = "dateDisplay";
    public static final String PUBLISHED = "published";

    private IndexFields() {
    }
}
