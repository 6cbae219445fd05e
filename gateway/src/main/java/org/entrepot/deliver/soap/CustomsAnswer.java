package org.entrepot.deliver.soap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entrepot.customs.response.ErrorType;
import org.entrepot.customs.response.PointerType;
import org.entrepot.customs.response.ResponseType;
import org.w3c.dom.Document;

/**
 * What customs answered to a declaration, read from the response document (our response XML,
 * JAXB classes generated from xsd/customs/response-1.xsd): accepted with its MRN, or rejected
 * with the errors and where they point.
 */
record CustomsAnswer(String status, String functionalReference, String mrn, List<String> errors) {

    private static final JAXBContext CONTEXT = context();

    /** The answer, or empty when the document is not a customs response. */
    static Optional<CustomsAnswer> read(Document response) {
        try {
            Object read = CONTEXT.createUnmarshaller().unmarshal(response);
            if (!(read instanceof JAXBElement<?> element) || !(element.getValue() instanceof ResponseType value)) {
                return Optional.empty();
            }
            List<String> errors = new ArrayList<>();
            for (ErrorType error : value.getError()) {
                errors.add(describe(error));
            }
            return Optional.of(new CustomsAnswer(value.getStatusCode(), value.getFunctionalReferenceID(),
                    value.getMRN(), errors));
        } catch (JAXBException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether customs accepted the declaration (it then carries an MRN). */
    boolean accepted() {
        return mrn != null && !"REJ".equals(status);
    }

    /** One line for tracking: {@code accepted, MRN …} or {@code rejected: code at section item tag (text); …}. */
    String detail() {
        if (accepted()) {
            return "customs " + status + ", MRN " + mrn + " for " + functionalReference;
        }
        return "customs " + status + " " + functionalReference + ": " + String.join("; ", errors);
    }

    private static String describe(ErrorType error) {
        StringBuilder line = new StringBuilder(error.getValidationCode());
        PointerType pointer = error.getPointer();
        if (pointer != null) {
            line.append(" at ").append(pointer.getDocumentSectionCode());
            if (pointer.getSequenceNumeric() != null) {
                line.append(' ').append(pointer.getSequenceNumeric());
            }
            if (pointer.getTagID() != null) {
                line.append(' ').append(pointer.getTagID());
            }
        }
        if (error.getDescription() != null) {
            line.append(" (").append(error.getDescription()).append(')');
        }
        return line.toString();
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(org.entrepot.customs.response.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the customs response classes do not load", e);
        }
    }
}
