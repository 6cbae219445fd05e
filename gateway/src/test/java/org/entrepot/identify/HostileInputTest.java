package org.entrepot.identify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.partner.DemoCommunity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzz-like robustness: thousands of inputs derived from the valid samples (bit flips, stray
 * delimiters, cuts, splices, pure noise) go to every reader and to the Identifier. Each must
 * return an outcome (never throw), with printable messages, and all of them must finish fast.
 * Cases are seeded by index, so a failing case can be replayed from its number.
 */
class HostileInputTest {

    private static final int CASES = 3_000;
    private static final long SEED = 20_260_115L;
    private static final byte[] SERVICE_BYTES = "'+:?*~|^><!&;\"\r\n\u0000".getBytes(StandardCharsets.ISO_8859_1);
    private static final String[] OPENINGS = {"UNA", "UNB", "ISA", "<", "UNA:+.? 'UNB", "\uFEFF<?xml version=\"1.0\"?>"};

    private final List<byte[]> samples = TestDocuments.SAMPLES.stream().map(TestDocuments::sample).toList();

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesMutatedAndRandomInput() {
        Identifier identifier = new Identifier(DemoCommunity.directory());
        return Stream.of(
                target("EdifactEnvelopeReader", new EdifactEnvelopeReader()::read),
                target("X12EnvelopeReader", new X12EnvelopeReader()::read),
                target("XmlEnvelopeReader", new XmlEnvelopeReader()::read),
                target("Identifier", identifier::identify));
    }

    @TestFactory
    Stream<DynamicTest> largePathologicalInputsFinishQuickly() {
        Identifier identifier = new Identifier(DemoCommunity.directory());
        int size = 2_000_000;
        return Stream.of(
                large("release characters", "UNB+UNOC:3+" + "?".repeat(size)),
                large("element separators", "UNB+UNOC:3" + "+".repeat(size)),
                large("empty segments", "UNA:+.? 'UNB+UNOW:4+A:ZZZ+B:ZZZ+1:1+R'" + "'".repeat(size)),
                large("many messages", "UNB+UNOC:3+A:ZZZ+B:ZZZ+1:1+R'" + "UNH+1+INVOIC:D:96A:UN'".repeat(size / 22)),
                large("many transaction sets", "ISA*00*          *00*          *01*313000001      *01*987654321"
                        + "      *260115*1030*U*00401*000000101*0*P*>~GS*IN*A*B*1*1*1*X*004010~" + "ST*810*1~".repeat(size / 9)),
                large("long tag", "UNA:+.? '" + "X".repeat(size)),
                large("deep XML", "<a>".repeat(size / 3)),
                large("long XML text", "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                        + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>"
                        + "9".repeat(size) + "</cbc:ID></Invoice>"))
                .map(input -> DynamicTest.dynamicTest(input.name(), () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                    check(input.name(), identifier.identify(input.bytes()));
                    check(input.name(), new EdifactEnvelopeReader().read(input.bytes()));
                    check(input.name(), new X12EnvelopeReader().read(input.bytes()));
                    check(input.name(), new XmlEnvelopeReader().read(input.bytes()));
                })));
    }

    private DynamicTest target(String name, Function<byte[], Outcome<?>> reader) {
        return DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            int accepted = 0;
            for (int i = 0; i < CASES; i++) {
                byte[] input = mutate(new Random(SEED + i));
                Outcome<?> outcome;
                try {
                    outcome = reader.apply(input);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(name + " threw on case " + i + ": " + e, e);
                }
                check(name + " case " + i, outcome);
                accepted += outcome.isAccepted() ? 1 : 0;
                outcome.rejections().forEach(rejection -> reasons.add(rejection.reason()));
            }
            // Mutations that never got past the first byte would prove nothing.
            assertTrue(accepted > 0, name + " accepted no mutated sample");
            assertTrue(reasons.size() >= 3, name + " saw only " + reasons);
        }));
    }

    private static void check(String label, Outcome<?> outcome) {
        assertNotNull(outcome, label);
        for (Rejection rejection : outcome.rejections()) {
            assertNotNull(rejection.position(), label);
            if (rejection.message().chars().anyMatch(Character::isISOControl)
                    || String.valueOf(rejection.position().segmentTag()).chars().anyMatch(Character::isISOControl)) {
                fail(label + ": sender-controlled text reached a rejection unescaped: " + rejection);
            }
        }
        assertFalse(outcome.isAccepted() && outcome.value() == null, label);
    }

    private byte[] mutate(Random random) {
        byte[] seed = samples.get(random.nextInt(samples.size()));
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(seed, random);
            case 1 -> insertServiceBytes(seed, random);
            case 2 -> cut(seed, random);
            case 3 -> Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 4 -> duplicateRange(seed, random);
            case 5 -> noise(random, "");
            case 6 -> noise(random, OPENINGS[random.nextInt(OPENINGS.length)]);
            default -> splice(seed, samples.get(random.nextInt(samples.size())), random);
        };
    }

    private static byte[] flipBytes(byte[] seed, Random random) {
        byte[] copy = seed.clone();
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insertServiceBytes(byte[] seed, Random random) {
        byte[] copy = seed;
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            int at = random.nextInt(copy.length + 1);
            byte[] longer = new byte[copy.length + 1];
            System.arraycopy(copy, 0, longer, 0, at);
            longer[at] = SERVICE_BYTES[random.nextInt(SERVICE_BYTES.length)];
            System.arraycopy(copy, at, longer, at + 1, copy.length - at);
            copy = longer;
        }
        return copy;
    }

    private static byte[] cut(byte[] seed, Random random) {
        int from = random.nextInt(seed.length);
        int to = from + random.nextInt(Math.min(120, seed.length - from) + 1);
        byte[] shorter = new byte[seed.length - (to - from)];
        System.arraycopy(seed, 0, shorter, 0, from);
        System.arraycopy(seed, to, shorter, from, seed.length - to);
        return shorter;
    }

    private static byte[] duplicateRange(byte[] seed, Random random) {
        int from = random.nextInt(seed.length);
        int length = random.nextInt(Math.min(200, seed.length - from) + 1);
        byte[] longer = new byte[seed.length + length];
        System.arraycopy(seed, 0, longer, 0, from + length);
        System.arraycopy(seed, from, longer, from + length, seed.length - from);
        return longer;
    }

    private static byte[] noise(Random random, String opening) {
        byte[] start = opening.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, start.length + random.nextInt(400));
        for (int i = start.length; i < bytes.length; i++) {
            bytes[i] = random.nextBoolean() ? SERVICE_BYTES[random.nextInt(SERVICE_BYTES.length)] : (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] splice(byte[] first, byte[] second, Random random) {
        int head = random.nextInt(first.length + 1);
        int tail = random.nextInt(second.length + 1);
        byte[] spliced = Arrays.copyOf(first, head + (second.length - tail));
        System.arraycopy(second, tail, spliced, head, second.length - tail);
        return spliced;
    }

    private static Input large(String name, String text) {
        return new Input(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private record Input(String name, byte[] bytes) {
    }
}
