package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial XML: every DOCTYPE is refused as MALFORMED_XML before anything it names is
 * fetched or expanded. A loopback server counts requests to prove nothing was fetched.
 */
class XmlDoctypeAttackTest {

    private static final String SECRET = "s3cr3t-partner-password";

    private final XmlEnvelopeReader reader = new XmlEnvelopeReader();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String base;

    @TempDir
    Path folder;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak '" + SECRET + "'>").getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void assertRefusedWithoutFetching(String xml) {
        Outcome<Envelope> outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(utf8(xml)));
        assertFalse(outcome.isAccepted(), outcome::toString);
        assertEquals(Reason.MALFORMED_XML, outcome.rejections().get(0).reason());
        assertFalse(outcome.toString().contains(SECRET), outcome::toString);
        assertEquals(0, requests.get(), "the reader fetched something it was pointed at");
    }

    @Test
    void anExternalGeneralEntityIsRefusedWithoutAFetch() {
        assertRefusedWithoutFetching("<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [\n<!ENTITY xxe SYSTEM \""
                + base + "/secret\">\n]>\n" + XmlEnvelopeReaderTest.UBL_OPEN + "<cbc:ID>&xxe;</cbc:ID></Invoice>");
    }

    @Test
    void anExternalDtdIsRefusedWithoutAFetch() {
        assertRefusedWithoutFetching("<!DOCTYPE Invoice SYSTEM \"" + base + "/invoice.dtd\">"
                + XmlEnvelopeReaderTest.UBL_OPEN + "</Invoice>");
    }

    @Test
    void anExternalParameterEntityIsRefusedWithoutAFetch() {
        assertRefusedWithoutFetching("<!DOCTYPE Invoice [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote; ]>"
                + "<Invoice>&leak;</Invoice>");
    }

    @Test
    void aLocalFileEntityIsNotRead() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        assertRefusedWithoutFetching("<!DOCTYPE Invoice [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">]>"
                + XmlEnvelopeReaderTest.UBL_OPEN + "<cbc:ID>&file;</cbc:ID></Invoice>");
    }

    @Test
    void aBillionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        assertRefusedWithoutFetching(dtd + "]><lolz>&lol9;</lolz>");
    }

    @Test
    void anUndeclaredEntityWithoutDoctypeIsMalformed() {
        assertRefusedWithoutFetching(XmlEnvelopeReaderTest.UBL_OPEN + "<cbc:ID>&xxe;</cbc:ID></Invoice>");
    }
}
