package org.cablearchive.records;

/**
 * A file cannot be read as a volume in its format: it is not of that format, is damaged or hostile, holds no volume,
 * or exceeds a size limit. The message is meant for the person importing it: what is wrong and, where known, where.
 * Each format's reader throws it (or its own kind of it) and nothing of the volume is kept.
 */
public class UnreadableVolumeException extends RuntimeException {

    public UnreadableVolumeException(String message) {
        super(message);
    }

    public UnreadableVolumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
