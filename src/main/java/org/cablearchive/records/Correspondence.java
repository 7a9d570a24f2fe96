package org.cablearchive.records;

import java.util.List;

/**
 * Who wrote to whom, when and where, as the head and dateline print it.
 *
 * @param sender       the sender, {@link Party#NONE} when the source does not say
 * @param recipient    the recipient, {@link Party#NONE} when the source does not say
 * @param participants the people of a memorandum of conversation as printed, one entry per line or item
 *                     ("The Secretary", "Anatoliy F. Dobrynin, Soviet Ambassador")
 * @param date         the date, {@link DocumentDate#UNDATED} when none is printed
 * @param place        the place of the dateline, e.g. "Moscow"
 */
public record Correspondence(Party sender, Party recipient, List<String> participants, DocumentDate date, String place) {

    public static final Correspondence NONE = new Correspondence(null, null, null, null, null);

    public Correspondence {
        sender = sender == null ? Party.NONE : sender;
        recipient = recipient == null ? Party.NONE : recipient;
        participants = Participants.clean(participants);
        date = date == null ? DocumentDate.UNDATED : date;
    }

    public Correspondence withSender(Party v) { return new Correspondence(v, recipient, participants, date, place); }
    public Correspondence withRecipient(Party v) { return new Correspondence(sender, v, participants, date, place); }
    public Correspondence withParticipants(List<String> v) { return new Correspondence(sender, recipient, v, date, place); }
    public Correspondence withDate(DocumentDate v) { return new Correspondence(sender, recipient, participants, v, place); }
    public Correspondence withPlace(String v) { return new Correspondence(sender, recipient, participants, date, v); }
}
