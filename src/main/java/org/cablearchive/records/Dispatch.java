package org.cablearchive.records;

import java.util.List;

/**
 * How a message was sent, as its head and markings print it.
 *
 * @param classification    the security classification, {@link Classification#UNKNOWN} when none is printed
 * @param precedence        the precedence on the scale, {@link Precedence#UNKNOWN} when none is printed
 * @param precedencePrinted the precedence in the wording printed ("us urgent", "Operational Immediate"), null when
 *                          none is printed
 * @param handling          handling caveats as printed in capitals: NODIS, EXDIS, LIMDIS, NOFORN, EYES ONLY…
 * @param telegramNumber    the telegram's own number, e.g. "639"
 */
public record Dispatch(Classification classification, Precedence precedence, String precedencePrinted,
                       List<String> handling, String telegramNumber) {

    public static final Dispatch NONE = new Dispatch(null, null, null, null, null);

    public Dispatch {
        classification = classification == null ? Classification.UNKNOWN : classification;
        precedence = precedence == null ? Precedence.UNKNOWN : precedence;
        precedencePrinted = precedencePrinted == null || precedencePrinted.isBlank() ? null : precedencePrinted.strip();
        handling = handling == null ? List.of() : List.copyOf(handling);
    }

    /** The precedence as printed when its wording differs from the scale's label ("us urgent" for Immediate), else null. */
    public String precedenceWording() {
        return precedence.wordingIfDifferent(precedencePrinted);
    }

    public Dispatch withClassification(Classification v) { return new Dispatch(v, precedence, precedencePrinted, handling, telegramNumber); }
    public Dispatch withPrecedence(Precedence v) { return new Dispatch(classification, v, precedencePrinted, handling, telegramNumber); }
    public Dispatch withPrecedencePrinted(String v) { return new Dispatch(classification, precedence, v, handling, telegramNumber); }
    public Dispatch withHandling(List<String> v) { return new Dispatch(classification, precedence, precedencePrinted, v, telegramNumber); }
    public Dispatch withTelegramNumber(String v) { return new Dispatch(classification, precedence, precedencePrinted, handling, v); }
}
