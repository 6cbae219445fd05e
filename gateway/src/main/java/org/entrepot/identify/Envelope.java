package org.entrepot.identify;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.entrepot.document.Syntax;

/**
 * What a document's envelope says about it, read without parsing its content. Text fields are
 * empty, never null, when the envelope does not carry them.
 *
 * @param syntax            EDIFACT, X12 or XML
 * @param senderQualifier   UNB S002/0007, ISA05, or the UBL {@code schemeID}; empty if absent
 * @param senderId          UNB S002/0004, ISA06 (padding removed), or the UBL supplier's id
 * @param receiverQualifier UNB S003/0007, ISA07, or the UBL {@code schemeID}
 * @param receiverId        UNB S003/0010, ISA08, or the UBL customer's id
 * @param controlReference  UNB 0020, ISA13, or the UBL top-level {@code cbc:ID}
 * @param preparedAt        date and time of preparation as written, {@code date:time} (UNB S004, ISA09:ISA10); empty for XML
 * @param functionalGroup   X12 GS01 functional identifier code (e.g. {@code IN}); empty otherwise
 * @param messageType       UNH S009/0065 ({@code INVOIC}), ST01 ({@code 810}), or the XML root's local name
 * @param messageVersion    S009/0052 ({@code D}), GS08 ({@code 004010}), or the UBL version ({@code 2.1})
 * @param messageRelease    S009/0054 ({@code 96A}); empty for X12 and XML
 * @param syntaxIdentifier  UNB S001/0001 ({@code UNOC}), {@code X12}, or the XML root's namespace URI
 * @param syntaxVersion     UNB S001/0002 ({@code 3}), ISA12 ({@code 00401}), or the XML version
 * @param charset           how the document's text is encoded
 * @param test              whether the sender marked the interchange as a test (UNB 0035 = 1, ISA15 = T)
 * @param delimiters        the service characters; null for XML, which has none
 * @param messageReferences every UNH message reference or ST02 control number in order; the UBL id for XML
 * @param positions         where the envelope's facts were read
 */
public record Envelope(Syntax syntax,
                       String senderQualifier, String senderId,
                       String receiverQualifier, String receiverId,
                       String controlReference, String preparedAt, String functionalGroup,
                       String messageType, String messageVersion, String messageRelease,
                       String syntaxIdentifier, String syntaxVersion,
                       Charset charset, boolean test, Delimiters delimiters,
                       List<String> messageReferences, EnvelopePositions positions) {

    public Envelope {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(positions, "positions");
        senderQualifier = Objects.requireNonNullElse(senderQualifier, "");
        senderId = Objects.requireNonNullElse(senderId, "");
        receiverQualifier = Objects.requireNonNullElse(receiverQualifier, "");
        receiverId = Objects.requireNonNullElse(receiverId, "");
        controlReference = Objects.requireNonNullElse(controlReference, "");
        preparedAt = Objects.requireNonNullElse(preparedAt, "");
        functionalGroup = Objects.requireNonNullElse(functionalGroup, "");
        messageType = Objects.requireNonNullElse(messageType, "");
        messageVersion = Objects.requireNonNullElse(messageVersion, "");
        messageRelease = Objects.requireNonNullElse(messageRelease, "");
        syntaxIdentifier = Objects.requireNonNullElse(syntaxIdentifier, "");
        syntaxVersion = Objects.requireNonNullElse(syntaxVersion, "");
        messageReferences = List.copyOf(messageReferences);
    }
}
