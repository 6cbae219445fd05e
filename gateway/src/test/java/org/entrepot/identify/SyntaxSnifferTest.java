package org.entrepot.identify;

import static org.entrepot.identify.TestDocuments.sample;
import static org.entrepot.identify.TestDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entrepot.document.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxSnifferTest {

    @Test
    void anInterchangeOpeningWithUnaOrUnbIsEdifact() {
        assertEquals(Syntax.EDIFACT, SyntaxSniffer.sniff(utf8("UNA:+.? 'UNB+UNOC:3")));
        assertEquals(Syntax.EDIFACT, SyntaxSniffer.sniff(utf8("UNB+UNOC:3")));
        assertEquals(Syntax.EDIFACT, SyntaxSniffer.sniff(sample("edifact/d96a/invoic-una-unusual-separators.edi")));
    }

    @Test
    void anInterchangeOpeningWithIsaIsX12() {
        assertEquals(Syntax.X12, SyntaxSniffer.sniff(sample("x12/004010/810-nordwind-atlas.x12")));
    }

    @Test
    void aDocumentOpeningWithAnAngleBracketIsXml() {
        assertEquals(Syntax.XML, SyntaxSniffer.sniff(sample("xml/ubl-2.1/invoice-lakeside-globex.xml")));
        assertEquals(Syntax.XML, SyntaxSniffer.sniff(utf8("<a/>")));
    }

    @Test
    void aByteOrderMarkAndLeadingWhitespaceAreSkipped() {
        assertEquals(Syntax.EDIFACT, SyntaxSniffer.sniff(utf8("\uFEFF \r\n\tUNB+UNOW:4")));
        assertEquals(Syntax.X12, SyntaxSniffer.sniff(utf8("\r\n\r\nISA*00")));
        assertEquals(Syntax.XML, SyntaxSniffer.sniff(utf8("\uFEFF\n<?xml version=\"1.0\"?><a/>")));
    }

    @Test
    void utf16XmlIsRecognisedByItsByteOrderMark() {
        assertEquals(Syntax.XML, SyntaxSniffer.sniff("\uFEFF<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_16BE)));
        assertEquals(Syntax.XML, SyntaxSniffer.sniff("\uFEFF<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "UN", "UNH+1+INVOIC", "una:+.? '", "IS", "%PDF-1.7", "{\"invoice\": 1}", "\uFEFF"})
    void anythingElseIsUnknown(String text) {
        assertEquals(Syntax.UNKNOWN, SyntaxSniffer.sniff(utf8(text)));
    }

    @Test
    void noBytesAtAllIsUnknown() {
        assertEquals(Syntax.UNKNOWN, SyntaxSniffer.sniff(new byte[0]));
        assertEquals(Syntax.UNKNOWN, SyntaxSniffer.sniff(null));
    }
}
