package org.cablearchive.publishing.oai;

/**
 * A request OAI-PMH answers with an error, by its code from the protocol (section 3.6): the answer is still
 * HTTP 200, with the error in the body, as harvesters expect.
 */
class OaiError extends RuntimeException {

    enum Code { badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist, noRecordsMatch,
        noMetadataFormats, noSetHierarchy }

    private final Code code;

    OaiError(Code code, String message) {
        super(message);
        this.code = code;
    }

    Code code() {
        return code;
    }

    /** Whether the request element of the answer may repeat the arguments (not for a bad verb or argument). */
    boolean echoesArguments() {
        return code != Code.badVerb && code != Code.badArgument;
    }
}
