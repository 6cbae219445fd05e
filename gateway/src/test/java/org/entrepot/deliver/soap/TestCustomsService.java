package org.entrepot.deliver.soap;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.entrepot.customs.declaration.DeclarationType;
import org.entrepot.customs.declaration.GoodsItemType;
import org.entrepot.customs.declaration.PartyType;
import org.entrepot.customs.response.ErrorType;
import org.entrepot.customs.response.OfficeType;
import org.entrepot.customs.response.PointerType;
import org.entrepot.customs.response.ResponseType;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The customs authority in the tests: its own CXF endpoint of wsdl/customs-declaration-1.wsdl
 * with the JAXB classes of our customs XSDs. It requires a WS-Security signature by the gateway's
 * certificate over Timestamp, Body and TransmissionID, validates the declaration against
 * declaration-1.xsd, applies two rules of its own, and answers an acceptance with a new MRN or a
 * rejection whose errors point at goods item and element, signed with its own key (or not signed,
 * when a test wants a customs service that forgets to sign). A transmission it saw before gets the
 * answer it got then: a retry is not a second declaration.
 */
final class TestCustomsService implements AutoCloseable {

    /** A commodity code the tariff of this customs office does not know. */
    static final String UNKNOWN_COMMODITY = "85444291";

    private final Bus bus;
    private final String address;
    private final Registry registry;

    private TestCustomsService(Bus bus, String address, Registry registry) {
        this.bus = bus;
        this.address = address;
        this.registry = registry;
    }

    /**
     * Starts the service on a free loopback port (or {@code port} when it is not 0: the same
     * service coming back after it was down).
     *
     * @param key     the customs office's signing key, or null for answers without a signature
     * @param gateway the only certificate whose requests the service accepts
     */
    static TestCustomsService start(int port, SigningKey key, X509Certificate gateway, TrustAnchors anchors) {
        return start(port, key, gateway, anchors, new Registry());
    }

    /** A restart with the registry the service kept before it went down. */
    static TestCustomsService start(int port, SigningKey key, X509Certificate gateway, TrustAnchors anchors,
                                    Registry registry) {
        int bound = port == 0 ? freePort() : port;
        String address = "http://127.0.0.1:" + bound + "/customs/declarations";
        Bus bus = BusFactory.newInstance().createBus();
        EndpointImpl endpoint = new EndpointImpl(bus, new Declarations(registry));
        endpoint.setWsdlLocation(SoapNames.CUSTOMS_WSDL);
        endpoint.setServiceName(SoapNames.CUSTOMS_SERVICE);
        endpoint.setEndpointName(SoapNames.CUSTOMS_PORT);
        endpoint.getProperties().putAll(WsSecurity.receiving(new MemoryReplayCache()));
        endpoint.getInInterceptors().add(WsSecurity.verifying(anchors));
        endpoint.getInInterceptors().add(WsSecurity.coverage());
        endpoint.getInInterceptors().add(new OnlyFrom(gateway));
        if (key != null) {
            endpoint.getOutInterceptors().add(WsSecurity.signing(key, false));
        }
        SoapChannel.onBus(bus, () -> {
            endpoint.publish(address);
            return null;
        });
        return new TestCustomsService(bus, address, registry);
    }

    String address() {
        return address;
    }

    int port() {
        return java.net.URI.create(address).getPort();
    }

    Registry registry() {
        return registry;
    }

    @Override
    public void close() {
        bus.shutdown(true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the customs office registered: one answer per transmission, and how often it was asked. */
    static final class Registry {
        private final Map<String, ResponseType> answers = new ConcurrentHashMap<>();
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger numbers = new AtomicInteger();

        /** Declarations registered (a retried transmission counts once). */
        int declarations() {
            return answers.size();
        }

        /** Calls that reached the operation. */
        int calls() {
            return calls.get();
        }

        Set<String> transmissions() {
            return Set.copyOf(answers.keySet());
        }
    }

    /** Refuses a request that the gateway's certificate did not sign. */
    private static final class OnlyFrom extends AbstractSoapInterceptor {
        private final X509Certificate gateway;

        OnlyFrom(X509Certificate gateway) {
            super(Phase.PRE_PROTOCOL);
            addAfter(WSS4JInInterceptor.class.getName());
            addAfter(CryptoCoverageChecker.class.getName());
            this.gateway = gateway;
        }

        @Override
        public void handleMessage(SoapMessage message) {
            X509Certificate signer = SignerCheck.signer(message).orElse(null);
            if (!gateway.equals(signer)) {
                throw new Fault(new SecurityException("not signed by the gateway registered with this office"));
            }
        }
    }

    /** The operation, on the JAXB classes generated from our customs XSDs. */
    @WebService(name = "CustomsDeclarationPortType", targetNamespace = SoapNames.CUSTOMS_NAMESPACE,
            serviceName = "CustomsDeclarationService", portName = "CustomsDeclarationPort",
            wsdlLocation = SoapNames.CUSTOMS_WSDL)
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    public static class Declarations {

        private static final QName DECLARATION = new QName(SoapNames.DECLARATION_NAMESPACE, "Declaration");
        private final Registry registry;
        private final JAXBContext jaxb;
        private final Schema schema;

        public Declarations() {
            this(new Registry());
        }

        Declarations(Registry registry) {
            this.registry = registry;
            try {
                jaxb = JAXBContext.newInstance(org.entrepot.customs.declaration.ObjectFactory.class);
                SchemaFactory factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                schema = factory.newSchema(TestCustomsService.class.getClassLoader().getResource("xsd/customs/declaration-1.xsd"));
            } catch (JAXBException | SAXException e) {
                throw new IllegalStateException(e);
            }
        }

        @WebMethod(operationName = "Declare", action = "urn:entrepot:soap:customs:1:Declare")
        @WebResult(name = "Response", targetNamespace = SoapNames.RESPONSE_NAMESPACE, partName = "response")
        public ResponseType declare(
                @WebParam(name = "Declaration", targetNamespace = SoapNames.DECLARATION_NAMESPACE, partName = "declaration")
                DeclarationType declaration,
                @WebParam(name = "TransmissionID", targetNamespace = SoapNames.NAMESPACE, header = true, partName = "transmission")
                String transmissionId) {
            registry.calls.incrementAndGet();
            return registry.answers.computeIfAbsent(transmissionId, id -> answer(declaration));
        }

        private ResponseType answer(DeclarationType declaration) {
            List<ErrorType> errors = new ArrayList<>(schemaErrors(declaration));
            if (errors.isEmpty()) {
                errors.addAll(ruleErrors(declaration));
            }
            int number = registry.numbers.incrementAndGet();
            String office = declaration.getDeclarationOffice() == null ? "XX000000" : declaration.getDeclarationOffice().getID();
            ResponseType response = new ResponseType();
            response.setFunctionCode(errors.isEmpty() ? "29" : "27");
            response.setStatusCode(errors.isEmpty() ? "ACC" : "REJ");
            response.setID(office + "-R-" + number);
            response.setIssueDate(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(
                    LocalDate.now(ZoneOffset.UTC).toString()));
            OfficeType responseOffice = new OfficeType();
            responseOffice.setID(office);
            response.setDeclarationOffice(responseOffice);
            PartyType lodgedBy = declaration.getAgent() != null ? declaration.getAgent() : declaration.getDeclarant();
            org.entrepot.customs.response.PartyType declarant = new org.entrepot.customs.response.PartyType();
            declarant.setID(lodgedBy != null && lodgedBy.getID() != null ? lodgedBy.getID() : "UNKNOWN");
            declarant.setName(lodgedBy == null ? null : lodgedBy.getName());
            response.setDeclarant(declarant);
            response.setFunctionalReferenceID(declaration.getFunctionalReferenceID());
            if (errors.isEmpty()) {
                String country = office.length() >= 2 && office.substring(0, 2).matches("[A-Z]{2}") ? office.substring(0, 2) : "XX";
                response.setMRN(String.format("%02d%s%012dA", LocalDate.now(ZoneOffset.UTC).getYear() % 100, country, number));
            }
            response.getError().addAll(errors);
            return response;
        }

        /** The declaration against its XSD; each problem points at the goods item and element it is in. */
        private List<ErrorType> schemaErrors(DeclarationType declaration) {
            List<ErrorType> errors = new ArrayList<>();
            try {
                DOMResult dom = new DOMResult();
                jaxb.createMarshaller().marshal(new JAXBElement<>(DECLARATION, DeclarationType.class, declaration), dom);
                Validator validator = schema.newValidator();
                validator.setErrorHandler(new DefaultHandler() {
                    @Override
                    public void error(SAXParseException e) {
                        errors.add(problem("XSD", e.getMessage(), currentElement(validator)));
                    }
                });
                validator.validate(new DOMSource(dom.getNode()));
            } catch (JAXBException | SAXException | IOException e) {
                errors.add(problem("XSD", e.getMessage(), (Element) null));
            }
            return errors;
        }

        private static Element currentElement(Validator validator) {
            try {
                return (Element) validator.getProperty("http://apache.org/xml/properties/dom/current-element-node");
            } catch (SAXException | ClassCastException e) {
                return null;
            }
        }

        /** This office's own rules: net mass within gross mass, commodity codes in its tariff. */
        private static List<ErrorType> ruleErrors(DeclarationType declaration) {
            List<ErrorType> errors = new ArrayList<>();
            for (GoodsItemType item : declaration.getGoodsItem()) {
                if (item.getNetMassMeasure() != null && item.getGrossMassMeasure() != null
                        && new BigDecimal(item.getNetMassMeasure().getValue())
                        .compareTo(new BigDecimal(item.getGrossMassMeasure().getValue())) > 0) {
                    errors.add(error("R0412", "Net mass " + item.getNetMassMeasure().getValue() + " exceeds gross mass "
                            + item.getGrossMassMeasure().getValue(), pointer("GDS", item.getSequenceNumeric(), "MEA")));
                }
                if (UNKNOWN_COMMODITY.equals(item.getCommodity().getClassificationID())) {
                    errors.add(error("C0035", "Commodity code " + UNKNOWN_COMMODITY + " is not in the tariff",
                            pointer("GDS", item.getSequenceNumeric(), "CST")));
                }
            }
            return errors;
        }

        private static ErrorType problem(String code, String text, Element at) {
            return error(code, text, at == null ? null : pointerTo(at));
        }

        private static ErrorType error(String code, String text, PointerType pointer) {
            ErrorType error = new ErrorType();
            error.setValidationCode(code);
            error.setDescription(text.length() > 350 ? text.substring(0, 350) : text);
            error.setPointer(pointer);
            return error;
        }

        /** Section GDS with the item's sequence number inside a goods item, HDR outside; the element's name as tag. */
        private static PointerType pointerTo(Element element) {
            BigInteger item = null;
            for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
                if ("GoodsItem".equals(e.getLocalName())) {
                    Node first = e.getElementsByTagNameNS(SoapNames.DECLARATION_NAMESPACE, "SequenceNumeric").item(0);
                    item = first == null ? null : parsePositive(first.getTextContent());
                    return pointer("GDS", item, tag(element.getLocalName()));
                }
            }
            return pointer("HDR", null, tag(element.getLocalName()));
        }

        private static BigInteger parsePositive(String text) {
            try {
                BigInteger value = new BigInteger(text.trim());
                return value.signum() > 0 ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String tag(String localName) {
            String letters = localName.replaceAll("[^A-Za-z0-9]", "");
            return letters.length() > 8 ? letters.substring(0, 8) : letters;
        }

        private static PointerType pointer(String section, BigInteger item, String tag) {
            PointerType pointer = new PointerType();
            pointer.setDocumentSectionCode(section);
            pointer.setSequenceNumeric(item);
            pointer.setTagID(tag);
            return pointer;
        }
    }
}
