package org.entrepot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Format;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one INVOIC interchange (10 or 1,000 lines) through four readers, all on the
 * same bytes in the same run, so their ratios mean something on a shared machine:
 * our EDIFACT → UBL translation, the StAEDI parse it rests on (without and with the message
 * structure), and Smooks' EDIFACT cartridge, the usual way to read EDIFACT with Smooks.
 *
 * <p>The annotations are the settings of a full run (about 10 minutes on 2 cores); JMH options
 * on the command line override them (BENCHMARKS.md). The long warm-up is measured, not
 * cautious: on two shared cores our translator and the cartridge were still getting faster
 * after 20 s of warm-up, and one fork with a warm JIT tells more than two half-warm ones.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TranslationBenchmark {

    private final StaediPass raw = StaediPass.raw();
    private final StaediPass structured = StaediPass.structured(new MessageSchemas());

    /** The whole translate stage: envelope, StAEDI with the D96A structure, Smooks + FreeMarker mapping, UBL bytes. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourTranslationToUbl(Interchange input, OurTranslator ours) {
        return ours.translator.translate(input.bytes, Format.UBL);
    }

    /** Every StAEDI event, no message structure: the floor under anything built on StAEDI. */
    @Benchmark
    public StaediPass.Count staediRawParse(Interchange input) {
        return raw.read(input.bytes);
    }

    /** The same with the D96A INVOIC schema attached at UNH: segment groups and body validation. */
    @Benchmark
    public StaediPass.Count staediStructuredParse(Interchange input) {
        return structured.read(input.bytes);
    }

    /** Smooks' EDIFACT cartridge (DFDL) reading the interchange into XML. */
    @Benchmark
    public long smooksEdifactCartridge(Interchange input, SmooksCartridge cartridge) {
        return cartridge.parse(input.bytes);
    }

    /** An order, response or change (EDIFACT D.96A or X12 004010 sample) through our translation to UBL. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourOrderFamilyToUbl(OrderFamilyMessage input, OurTranslator ours) {
        return ours.translator.translate(input.bytes, Format.UBL);
    }

    /** The same bytes through StAEDI alone, every event, no message structure. */
    @Benchmark
    public StaediPass.Count staediRawParseOfOrderFamily(OrderFamilyMessage input) {
        return raw.read(input.bytes);
    }

    // Shipping and transport (mappings/shipping, mappings/transport): each translation beside the
    // raw StAEDI parse of the same bytes, the ratio the family targets (at least 1/3).

    /** IFTMIN D.96A (two messages) → our shipping instruction XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourIftminToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.iftmin, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParseIftmin(ShippingSamples samples) {
        return raw.read(samples.iftmin);
    }

    /** X12 204 004010 (two transaction sets) → our shipping instruction XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> our204ToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.tender204, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParse204(ShippingSamples samples) {
        return raw.read(samples.tender204);
    }

    /** IFTSTA D.96A (four statuses) → our transport events XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourIftstaToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.iftsta, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParseIftsta(ShippingSamples samples) {
        return raw.read(samples.iftsta);
    }

    /** X12 214 004010 (two groups) → our transport events XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> our214ToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.status214, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParse214(ShippingSamples samples) {
        return raw.read(samples.status214);
    }

    /** X12 315 004010 (four transaction sets in two groups) → our transport events XML, one report per set. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> our315ToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.status315, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParse315(ShippingSamples samples) {
        return raw.read(samples.status315);
    }

    /** IFTMBF D.96A → our booking request XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourIftmbfToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.bookingRequest, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParseIftmbf(ShippingSamples samples) {
        return raw.read(samples.bookingRequest);
    }

    /** IFTMBC D.01B → our booking confirmation XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourIftmbcToXml(ShippingSamples samples, OurTranslator ours) {
        return ours.translator.translate(samples.bookingConfirmation, Format.ENTREPOT);
    }

    @Benchmark
    public StaediPass.Count staediRawParseIftmbc(ShippingSamples samples) {
        return raw.read(samples.bookingConfirmation);
    }

    /** Payments: a PAYMUL with three payments in two currencies to pain.001.001.09 (target: 1/3 of the raw parse below). */
    @Benchmark
    public Outcome<List<TranslatedDocument>> paymulToPain001(PaymentSamples payments, OurTranslator ours) {
        return ours.translator.translate(payments.paymul, new Target(Format.ISO20022, "pain.001.001.09"));
    }

    @Benchmark
    public StaediPass.Count paymulRawParse(PaymentSamples payments) {
        return raw.read(payments.paymul);
    }

    /** Payments: one PAYEXT to pain.001.001.09. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> payextToPain001(PaymentSamples payments, OurTranslator ours) {
        return ours.translator.translate(payments.payext, new Target(Format.ISO20022, "pain.001.001.09"));
    }

    @Benchmark
    public StaediPass.Count payextRawParse(PaymentSamples payments) {
        return raw.read(payments.payext);
    }

    /** Payments: three X12 820s (004010) to three pain.001.001.09. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> x12820ToPain001(PaymentSamples payments, OurTranslator ours) {
        return ours.translator.translate(payments.x12820, new Target(Format.ISO20022, "pain.001.001.09"));
    }

    @Benchmark
    public StaediPass.Count x12820RawParse(PaymentSamples payments) {
        return raw.read(payments.x12820);
    }

    /** Payments: a pain.002 status report to BANSTA D.96A (XML in, so no StAEDI parse to compare with). */
    @Benchmark
    public Outcome<List<TranslatedDocument>> pain002ToBansta(PaymentSamples payments, OurTranslator ours) {
        return ours.translator.translate(payments.pain002, new Target(Format.EDIFACT, "D96A"));
    }

    /** Customs: a CUSDEC D.96A with three goods items to our declaration XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourCusdecToDeclaration(CustomsDocuments input, OurTranslator ours) {
        return ours.translator.translate(input.cusdec, Format.XML);
    }

    /** The raw StAEDI parse of the same CUSDEC, the yardstick for the line above. */
    @Benchmark
    public StaediPass.Count staediRawParseCusdec(CustomsDocuments input) {
        return raw.read(input.cusdec);
    }

    /** Customs: a CUSRES D.96A (an acceptance with its MRN) to our response XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourCusresToResponse(CustomsDocuments input, OurTranslator ours) {
        return ours.translator.translate(input.cusres, Format.XML);
    }

    @Benchmark
    public StaediPass.Count staediRawParseCusres(CustomsDocuments input) {
        return raw.read(input.cusres);
    }

    /** Customs: an X12 309 005010 with three goods items to our declaration XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> our309ToDeclaration(CustomsDocuments input, OurTranslator ours) {
        return ours.translator.translate(input.manifest, Format.XML);
    }

    @Benchmark
    public StaediPass.Count staediRawParse309(CustomsDocuments input) {
        return raw.read(input.manifest);
    }

    /** Customs: an X12 350 004010 to our response XML. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> our350ToResponse(CustomsDocuments input, OurTranslator ours) {
        return ours.translator.translate(input.status, Format.XML);
    }

    @Benchmark
    public StaediPass.Count staediRawParse350(CustomsDocuments input) {
        return raw.read(input.status);
    }

    /** Despatch: a DESADV D.96A interchange (two messages) to UBL DespatchAdvice, the whole translate stage. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourDesadvToUbl(DespatchSamples input, OurTranslator ours) {
        return ours.translator.translate(input.desadv, Format.UBL);
    }

    /** The raw StAEDI parse of the same DESADV bytes, the yardstick for the line above. */
    @Benchmark
    public StaediPass.Count staediRawParseDesadv(DespatchSamples input) {
        return raw.read(input.desadv);
    }

    /** Despatch: an X12 856 004010 interchange (two ship notices, HL hierarchy rebuilt) to UBL DespatchAdvice. */
    @Benchmark
    public Outcome<List<TranslatedDocument>> ourShipNoticeToUbl(DespatchSamples input, OurTranslator ours) {
        return ours.translator.translate(input.shipNotice, Format.UBL);
    }

    /** The raw StAEDI parse of the same 856 bytes. */
    @Benchmark
    public StaediPass.Count staediRawParseShipNotice(DespatchSamples input) {
        return raw.read(input.shipNotice);
    }
}
