package org.entrepot.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.entrepot.document.DocumentType;
import org.junit.jupiter.api.Test;

/** The partner file's signature settings: certificates by reference per partner, verification per agreement. */
class PartnerSignatureSettingsTest {

    private static final String FINGERPRINT = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    private static final String FILE = """
            partners:
              - id: nordwind
                name: Nordwind Handel GmbH
                identifiers:
                  - { scheme: GLN, value: "4012345000009" }
                certificates:
                  - { alias: nordwind-2025, until: 2026-03-31 }
                  - { fingerprint: "SHA256:%s", from: 2026-03-01 }
              - id: globex
                name: Globex Retail Ltd
                identifiers:
                  - { scheme: GLN, value: "5012345000008" }
            agreements:
              - id: nordwind-globex-invoice
                sender: nordwind
                receiver: globex
                document: INVOICE
                deliverAs: ubl
                verify: { require: true, revocation: both, unreachable: warn }
              - id: globex-nordwind-invoice
                sender: globex
                receiver: nordwind
                document: INVOICE
                deliverAs: edifact
            """.formatted(FINGERPRINT);

    private static PartnerDirectory read(String yaml) {
        return PartnerDirectory.read(new StringReader(yaml), "partners.yaml");
    }

    @Test
    void aPartnerListsItsCertificatesByAliasOrFingerprintWithTheirWindows() {
        List<CertificateReference> certificates = read(FILE).partner("nordwind").orElseThrow().certificates();

        assertEquals("nordwind-2025", certificates.get(0).alias());
        assertNull(certificates.get(0).from());
        assertEquals(Instant.parse("2026-03-31T23:59:59Z"), certificates.get(0).until(), "a date includes the whole day");
        assertEquals(FINGERPRINT.replace(":", "").toLowerCase(), certificates.get(1).fingerprint());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), certificates.get(1).from());
        assertTrue(read(FILE).partner("globex").orElseThrow().certificates().isEmpty());
    }

    @Test
    void anAgreementStatesItsVerificationPolicyAndOmittingItMeansTheDefault() {
        PartnerDirectory directory = read(FILE);

        assertEquals(new InboundVerification(true, InboundVerification.Revocation.BOTH, InboundVerification.Unreachable.WARN),
                directory.agreement("nordwind", "globex", DocumentType.INVOICE).orElseThrow().verify());
        assertEquals(InboundVerification.DEFAULT,
                directory.agreement("globex", "nordwind", DocumentType.INVOICE).orElseThrow().verify());
    }

    @Test
    void anUnknownRevocationSourceIsReportedWithItsChoices() {
        PartnerConfigException e = assertThrows(PartnerConfigException.class,
                () -> read(FILE.replace("revocation: both", "revocation: sometimes")));

        assertEquals(19, e.line());
        assertTrue(e.getMessage().endsWith("unknown value sometimes; expected one of none, crl, ocsp, both"), e.getMessage());
    }

    @Test
    void aPasswordOrAnyOtherKeyIsRefusedInACertificateReference() {
        PartnerConfigException e = assertThrows(PartnerConfigException.class,
                () -> read(FILE.replace("{ alias: nordwind-2025, until: 2026-03-31 }", "{ alias: nordwind-2025, password: secret }")));

        assertEquals("partners[0].certificates[0].password", e.key());
    }

    @Test
    void aCertificateNamedBothWaysOrWithABadFingerprintIsRefused() {
        assertThrows(PartnerConfigException.class, () -> read(FILE.replace("{ alias: nordwind-2025,",
                "{ alias: nordwind-2025, fingerprint: \"00\",")));
        PartnerConfigException e = assertThrows(PartnerConfigException.class,
                () -> read(FILE.replace("SHA256:" + FINGERPRINT, "SHA256:AB:CD")));
        assertTrue(e.getMessage().endsWith("must be a SHA-256 fingerprint: 64 hex digits, colons allowed"), e.getMessage());
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        PartnerConfigException e = assertThrows(PartnerConfigException.class,
                () -> read(FILE.replace("{ alias: nordwind-2025, until: 2026-03-31 }",
                        "{ alias: nordwind-2025, from: 2026-04-01, until: 2026-03-31 }")));

        assertEquals("partners[0].certificates[0].until", e.key());
    }
}
