package org.cablearchive.ingest.plaintext;

/**
 * The text given to {@link PlainTextTelegramReader} cannot be read as a document at all: it is empty, binary, or
 * too long. The message says, in plain words, what is wrong and what the person can do about it, so that a
 * controller can show it as it is. Text that is merely odd never causes this: it is read with warnings instead.
 */
public class UnreadableTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableTextException(String message) {
        super(message);
    }
}
