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

    // identify
    UNKNOWN_SYNTAX(Stage.IDENTIFY, "the content is not EDIFACT, X12 or XML"),
    BAD_INTERCHANGE_HEADER(Stage.IDENTIFY, "the interchange header cannot be read"),
    UNSUPPORTED_SYNTAX_VERSION(Stage.IDENTIFY, "the syntax identifier or version is not supported"),
    UNKNOWN_DOCUMENT_TYPE(Stage.IDENTIFY, "the document type is not supported"),
    UNKNOWN_PARTNER(Stage.IDENTIFY, "the sender or receiver is not a configured partner"),
    NO_AGREEMENT(Stage.IDENTIFY, "no agreement covers this sender, receiver and document type"),
    MALFORMED_XML(Stage.IDENTIFY, "the XML is not well-formed or uses forbidden constructs"),
    NO_MESSAGE(Stage.IDENTIFY, "the interchange contains no message"),

    // check
    TRUNCATED_INTERCHANGE(Stage.CHECK, "the interchange ends before its trailer"),
    INVALID_SEGMENT(Stage.CHECK, "a segment is malformed or not allowed here"),
    MISSING_SEGMENT(Stage.CHECK, "a mandatory segment is missing"),
    INVALID_ELEMENT(Stage.CHECK, "an element value is invalid, too long or of the wrong type"),
    MISSING_ELEMENT(Stage.CHECK, "a mandatory element is missing"),
    CONTROL_COUNT_MISMATCH(Stage.CHECK, "a trailer count does not match the content"),
    CONTROL_REFERENCE_MISMATCH(Stage.CHECK, "a trailer control reference does not match its header"),
    INVALID_CHARACTER(Stage.CHECK, "a character is not allowed in the declared character set"),
    SCHEMA_INVALID(Stage.CHECK, "the XML does not validate against its schema"),

    // translate
    NO_MAPPING(Stage.TRANSLATE, "no mapping exists from the source format to the requested format"),
    MAPPING_FAILED(Stage.TRANSLATE, "the mapping could not produce the target document"),

    // sign
    SIGNING_FAILED(Stage.SIGN, "the document could not be signed"),
    SIGNATURE_INVALID(Stage.SIGN, "the signature does not verify"),
    SIGNER_NOT_TRUSTED(Stage.SIGN, "the signer's certificate does not chain to a trusted root"),

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
