package org.entrepot.document;

/**
 * Every reason the gateway can refuse a document, grouped by the flow stage that finds it.
 * The enum name is the stable code that operators, tracking and acknowledgements use.
 */
public enum Reason {
    // receive
    EMPTY_DOCUMENT(Stage.RECEIVE, "the document has no content"),
    DOCUMENT_TOO_LARGE(Stage.RECEIVE, "the document exceeds the size limit"),
    NOT_AUTHENTICATED(Stage.RECEIVE, "the sender is not authenticated"),
    TRANSPORT_ID_INVALID(Stage.RECEIVE, "the transmission id is missing or not a plain id"),
    UNSAFE_FILE_NAME(Stage.RECEIVE, "the file name a peer gave is not a plain file name (separator, '..', control character)"),

    // identify
    UNKNOWN_SYNTAX(Stage.IDENTIFY, "the content is not EDIFACT, X12 or XML"),
    BAD_INTERCHANGE_HEADER(Stage.IDENTIFY, "the interchange header cannot be read"),
    UNSUPPORTED_SYNTAX_VERSION(Stage.IDENTIFY, "the syntax identifier or version is not supported"),
    UNKNOWN_DOCUMENT_TYPE(Stage.IDENTIFY, "the document type is not supported"),
    UNKNOWN_PARTNER(Stage.IDENTIFY, "the sender or receiver is not a configured partner"),
    NO_AGREEMENT(Stage.IDENTIFY, "no agreement covers this sender, receiver and document type"),
    DATA_AFTER_INTERCHANGE(Stage.IDENTIFY, "there is data after the interchange trailer (UNZ or IEA)"),
    MIXED_MESSAGE_TYPES(Stage.IDENTIFY, "the interchange carries messages of different types"),
    MALFORMED_XML(Stage.IDENTIFY, "the XML is not well-formed or uses forbidden constructs"),
    NO_MESSAGE(Stage.IDENTIFY, "the interchange contains no message"),

    // check
    TRUNCATED_INTERCHANGE(Stage.CHECK, "the interchange ends before its trailer"),
    INVALID_SEGMENT(Stage.CHECK, "a segment is malformed"),
    UNEXPECTED_SEGMENT(Stage.CHECK, "a segment is not allowed at this place in the message"),
    MISSING_SEGMENT(Stage.CHECK, "a mandatory segment is missing"),
    SEGMENT_REPEATED_TOO_OFTEN(Stage.CHECK, "a segment occurs more often than the message allows"),
    GROUP_REPEATED_TOO_OFTEN(Stage.CHECK, "a segment group occurs more often than the message allows"),
    INVALID_ELEMENT(Stage.CHECK, "an element value is invalid or of the wrong type"),
    ELEMENT_TOO_LONG(Stage.CHECK, "an element value is longer than allowed"),
    ELEMENT_TOO_SHORT(Stage.CHECK, "an element value is shorter than allowed"),
    TOO_MANY_ELEMENTS(Stage.CHECK, "a segment or composite has more elements than defined"),
    TOO_MANY_REPETITIONS(Stage.CHECK, "an element repeats more often than allowed"),
    INVALID_CODE_VALUE(Stage.CHECK, "a coded element holds a value not in its code list"),
    INVALID_DATE_OR_TIME(Stage.CHECK, "a date or time element is not a valid date or time"),
    MISSING_ELEMENT(Stage.CHECK, "a mandatory element is missing"),
    CONTROL_COUNT_MISMATCH(Stage.CHECK, "a trailer count does not match the content"),
    CONTROL_REFERENCE_MISMATCH(Stage.CHECK, "a trailer control reference does not match its header"),
    INVALID_CHARACTER(Stage.CHECK, "a character is not allowed in the declared character set"),
    SCHEMA_INVALID(Stage.CHECK, "the XML does not validate against its schema"),
    DUPLICATE_INTERCHANGE(Stage.CHECK, "this interchange was already accepted"),

    // translate
    NO_MAPPING(Stage.TRANSLATE, "no mapping exists from the source format to the requested format"),
    MAPPING_FAILED(Stage.TRANSLATE, "the mapping could not produce the target document"),
    OUTPUT_INVALID(Stage.TRANSLATE, "the mapping wrote a document its receiver's standard does not allow"),

    // sign
    SIGNING_FAILED(Stage.SIGN, "the document could not be signed"),
    SIGNATURE_INVALID(Stage.SIGN, "the signature does not verify"),
    SIGNER_NOT_TRUSTED(Stage.SIGN, "the signer's certificate does not chain to a trusted root"),
    SIGNER_CERTIFICATE_EXPIRED(Stage.SIGN, "the signer's certificate had expired when the document was signed"),
    SIGNER_CERTIFICATE_NOT_YET_VALID(Stage.SIGN, "the signer's certificate was not yet valid when the document was signed"),
    SIGNATURE_WRAPPED(Stage.SIGN, "the signature does not cover the document as it will be processed: an element was moved, an ID is duplicated or a reference points elsewhere"),
    SIGNED_PROPERTIES_INVALID(Stage.SIGN, "the XAdES signed properties were altered or do not describe the signer"),
    TIMESTAMP_INVALID(Stage.SIGN, "the signature timestamp does not verify or does not match the signature value"),
    TIMESTAMP_UNAVAILABLE(Stage.SIGN, "the timestamp authority did not issue a timestamp"),
    AUTACK_INVALID(Stage.SIGN, "the AUTACK security message is malformed or refers to a message the interchange does not hold"),
    AUTACK_HASH_MISMATCH(Stage.SIGN, "a message secured by the AUTACK does not match the hash value the AUTACK states"),
    AUTACK_SIGNATURE_INVALID(Stage.SIGN, "the AUTACK's security result does not verify with the signer's key"),
    SIGNER_KEY_USAGE(Stage.SIGN, "the signer's certificate is not issued for signing documents (key usage)"),
    SIGNER_CERTIFICATE_REVOKED(Stage.SIGN, "a certificate of the signer's chain is revoked (CRL or OCSP)"),
    REVOCATION_UNAVAILABLE(Stage.SIGN, "the revocation status of the signer's chain could not be established"),
    SIGNER_NOT_REGISTERED(Stage.SIGN, "the signer's certificate is not one the sending partner registered for the signing time"),
    SIGNATURE_MISSING(Stage.SIGN, "the agreement requires a signed document but it is not signed"),

    // deliver
    DELIVERY_FAILED(Stage.DELIVER, "the document could not be delivered"),

    // anything that escaped a stage: a gateway fault, kept apart from the sender's errors
    INTERNAL_ERROR(Stage.GATEWAY, "the gateway failed while processing the document");

    /** The flow stage that detects a reason. */
    public enum Stage { RECEIVE, IDENTIFY, CHECK, TRANSLATE, SIGN, DELIVER, GATEWAY }

    private final Stage stage;
    private final String description;

    Reason(Stage stage, String description) {
        this.stage = stage;
        this.description = description;
    }

    public Stage stage() {
        return stage;
    }

    public String description() {
        return description;
    }
}
