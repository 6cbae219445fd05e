package org.entrepot.deliver.soap;

import javax.xml.namespace.QName;

/** The names our two WSDLs give their services, ports and the header we add. */
public final class SoapNames {

    /** Our own SOAP namespace: the TransmissionID header and the submission answer. */
    public static final String NAMESPACE = "urn:entrepot:soap:1";
    /** The header that carries the transmission id, the same on every retry and resend. */
    public static final QName TRANSMISSION_ID = new QName(NAMESPACE, "TransmissionID");
    /** The answer of our submission endpoint: the gateway's message id. */
    public static final QName SUBMITTED = new QName(NAMESPACE, "Submitted");

    /** The customs authority's declaration service (the gateway is its client). */
    public static final String CUSTOMS_WSDL = "wsdl/customs-declaration-1.wsdl";
    public static final String CUSTOMS_NAMESPACE = "urn:entrepot:soap:customs:1";
    public static final QName CUSTOMS_SERVICE = new QName(CUSTOMS_NAMESPACE, "CustomsDeclarationService");
    public static final QName CUSTOMS_PORT = new QName(CUSTOMS_NAMESPACE, "CustomsDeclarationPort");

    /** The gateway's endpoint for brokers' declarations. */
    public static final String SUBMISSION_WSDL = "wsdl/entrepot-submission-1.wsdl";
    public static final String SUBMISSION_NAMESPACE = "urn:entrepot:soap:submission:1";
    public static final QName SUBMISSION_SERVICE = new QName(SUBMISSION_NAMESPACE, "DeclarationSubmissionService");
    public static final QName SUBMISSION_PORT = new QName(SUBMISSION_NAMESPACE, "DeclarationSubmissionPort");
    /** Where the submission endpoint listens, under the gateway's SOAP port. */
    public static final String SUBMISSION_PATH = "/soap/declarations";

    /** The namespaces of the customs documents in the SOAP body. */
    public static final String DECLARATION_NAMESPACE = "urn:entrepot:customs:declaration:1";
    public static final String RESPONSE_NAMESPACE = "urn:entrepot:customs:response:1";

    private SoapNames() {
    }
}
