package org.entrepot.sign.xades;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xml.common.DocumentBuilderFactoryBuilder;
import eu.europa.esig.dss.xml.common.SchemaFactoryBuilder;
import eu.europa.esig.dss.xml.common.TransformerFactoryBuilder;
import eu.europa.esig.dss.xml.common.XmlDefinerUtils;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.BasicSignatureConstraints;
import eu.europa.esig.dss.policy.jaxb.CertificateConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.Level;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;

/**
 * EU DSS as an independent validator. DSS asks JAXP for its factories, which on this class path
 * are Smooks' Xerces and Saxon (VERSIONS.md trap 6); those refuse the JAXP access properties DSS
 * insists on, so DSS is pointed at the JDK's own factories, hardened the same way.
 */
final class EuDss {

    static {
        XmlDefinerUtils dss = XmlDefinerUtils.getInstance();
        dss.setDocumentBuilderFactoryBuilder(new JdkDocumentBuilders());
        dss.setSchemaFactoryBuilder(new JdkSchemas());
        dss.setTransformerFactoryBuilder(new JdkTransformers());
    }

    private EuDss() {
    }

    /** Points DSS at the JDK's factories (done once, when this class loads) before DSS signs anything. */
    static void configure() {
        // the static initializer did the work
    }

    /**
     * DSS's reports on {@code signed}, trusting exactly {@code anchors}, under DSS's default
     * policy with one change: revocation data is not demanded, because the test PKIs publish no
     * CRL or OCSP (the gateway's own verifier does not check revocation either, see
     * certificates/README.md). Every other constraint stays as DSS ships it.
     */
    static Reports validate(byte[] signed, X509Certificate... anchors) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : anchors) {
            trusted.addCertificate(new CertificateToken(anchor));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument(policyWithoutRevocation());
    }

    private static ConstraintsParameters policyWithoutRevocation() {
        try (InputStream in = EuDss.class.getResourceAsStream("/policy/constraint.xml")) {
            ConstraintsParameters policy = ValidationPolicyFacade.newFacade().unmarshall(in);
            relax(policy.getSignatureConstraints().getBasicSignatureConstraints());
            relax(policy.getTimestamp().getBasicSignatureConstraints());
            return policy;
        } catch (Exception e) {
            throw new IllegalStateException("DSS's default policy cannot be read", e);
        }
    }

    private static void relax(BasicSignatureConstraints constraints) {
        for (CertificateConstraints certificate : List.of(constraints.getSigningCertificate(), constraints.getCACertificate())) {
            for (LevelConstraint revocation : Arrays.asList(certificate.getRevocationDataAvailable(),
                    certificate.getAcceptableRevocationDataFound(), certificate.getRevocationInfoAccessPresent())) {
                if (revocation != null) {
                    revocation.setLevel(Level.IGNORE);
                }
            }
        }
    }

    private static final class JdkDocumentBuilders extends DocumentBuilderFactoryBuilder {
        JdkDocumentBuilders() {
            enableFeature(XMLConstants.FEATURE_SECURE_PROCESSING);
            enableFeature("http://apache.org/xml/features/disallow-doctype-decl");
            disableFeature("http://xml.org/sax/features/external-general-entities");
            disableFeature("http://xml.org/sax/features/external-parameter-entities");
            setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        }

        @Override
        protected DocumentBuilderFactory instantiateFactory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory;
        }
    }

    private static final class JdkSchemas extends SchemaFactoryBuilder {
        JdkSchemas() {
            enableFeature(XMLConstants.FEATURE_SECURE_PROCESSING);
            setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        }

        @Override
        protected SchemaFactory instantiateFactory() {
            return SchemaFactory.newDefaultInstance();
        }
    }

    private static final class JdkTransformers extends TransformerFactoryBuilder {
        JdkTransformers() {
            enableFeature(XMLConstants.FEATURE_SECURE_PROCESSING);
            setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        }

        @Override
        protected TransformerFactory instantiateFactory() {
            return TransformerFactory.newDefaultInstance();
        }
    }
}
