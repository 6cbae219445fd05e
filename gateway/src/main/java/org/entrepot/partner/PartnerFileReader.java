package org.entrepot.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entrepot.document.DocumentType;

/**
 * Turns the node tree of a partner file into partners and agreements, checking every value and
 * every cross-reference while the line numbers are still at hand.
 */
final class PartnerFileReader {

    /** Partner ids become folder names: nothing that could climb out of a directory or need quoting. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final Set<String> TOP_KEYS = Set.of("partners", "agreements");
    private static final Set<String> PARTNER_KEYS = Set.of("id", "name", "identifiers", "http", "certificates", "channels");
    private static final Set<String> CERTIFICATE_KEYS = Set.of("alias", "fingerprint", "from", "until");
    private static final Set<String> VERIFY_KEYS = Set.of("require", "revocation", "unreachable");
    private static final Set<String> IDENTIFIER_KEYS = Set.of("scheme", "value");
    private static final Set<String> AGREEMENT_KEYS =
            Set.of("id", "sender", "receiver", "document", "deliverAs", "version", "sign", "deliver", "acknowledge", "envelope", "copies", "verify", "signWith", "message");
    private static final Set<String> COPY_KEYS = Set.of("receiver", "deliverAs", "version", "sign", "deliver");
    private static final Set<String> ENVELOPE_KEYS =
            Set.of("senderScheme", "receiverScheme", "groups", "applicationSender", "applicationReceiver", "test");
    private static final Set<String> ACKNOWLEDGE_KEYS = Set.of("send", "aperak", "expectWithin", "duplicates");
    private static final Set<String> RETRY_KEYS = Set.of("attempts", "first", "max", "jitter");

    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<PartyId, String> owners = new HashMap<>();
    private final Map<String, Agreement> agreements = new LinkedHashMap<>();
    private final Map<List<Object>, String> coverage = new HashMap<>();

    List<Partner> partners() {
        return List.copyOf(partners.values());
    }

    List<Agreement> agreements() {
        return List.copyOf(agreements.values());
    }

    /** Reads the whole file; throws {@link PartnerConfigException} at the first problem. */
    PartnerFileReader read(ConfigNode root) {
        ConfigNode.Mapping top = root.mapping(TOP_KEYS);
        for (ConfigNode node : top.required("partners").sequence()) {
            readPartner(node);
        }
        for (ConfigNode node : top.optional("agreements").map(ConfigNode::sequence).orElse(List.of())) {
            readAgreement(node);
        }
        return this;
    }

    private void readPartner(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(PARTNER_KEYS);
        ConfigNode idNode = fields.required("id");
        String id = id(idNode);
        if (partners.containsKey(id)) {
            throw idNode.problem("partner " + id + " is defined twice");
        }
        String name = fields.required("name").text();
        ConfigNode identifiersNode = fields.required("identifiers");
        List<PartyId> identifiers = new ArrayList<>();
        for (ConfigNode item : identifiersNode.sequence()) {
            identifiers.add(readIdentifier(item, id));
        }
        if (identifiers.isEmpty()) {
            throw identifiersNode.problem("needs at least one identifier, or no envelope can name the partner");
        }
        boolean http = fields.optional("http").map(ConfigNode::bool).orElse(false);
        List<CertificateReference> certificates = new ArrayList<>();
        for (ConfigNode item : fields.optional("certificates").map(ConfigNode::sequence).orElse(List.of())) {
            certificates.add(readCertificate(item));
        }
        Map<String, Map<String, String>> channels = new LinkedHashMap<>();
        fields.optional("channels").ifPresent(block -> {
            ConfigNode.Mapping byName = block.mapping(Delivery.CHANNELS);
            for (String channel : Delivery.CHANNELS) {
                byName.optional(channel).ifPresent(settings -> channels.put(channel,
                        scalars(settings.mapping(ChannelKeys.of(channel)))));
            }
        });
        partners.put(id, new Partner(id, name, identifiers, http, certificates, channels));
    }

    /** A certificate by alias or SHA-256 fingerprint, with an optional window; never the certificate or a password. */
    private static CertificateReference readCertificate(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(CERTIFICATE_KEYS);
        String alias = fields.optional("alias").map(ConfigNode::text).orElse(null);
        String fingerprint = null;
        Optional<ConfigNode> fingerprintNode = fields.optional("fingerprint");
        if (fingerprintNode.isPresent()) {
            fingerprint = CertificateReference.normalizeFingerprint(fingerprintNode.get().text());
            if (fingerprint == null) {
                throw fingerprintNode.get().problem("must be a SHA-256 fingerprint: 64 hex digits, colons allowed");
            }
        }
        if ((alias == null) == (fingerprint == null)) {
            throw node.problem("name the certificate by alias or by fingerprint, exactly one");
        }
        Instant from = fields.optional("from").map(value -> instant(value, false)).orElse(null);
        Instant until = fields.optional("until").map(value -> instant(value, true)).orElse(null);
        if (from != null && until != null && until.isBefore(from)) {
            throw fields.required("until").problem("is before from");
        }
        return new CertificateReference(alias, fingerprint, from, until);
    }

    /** An ISO date (the whole day, UTC) or instant; a date as {@code until} includes that day. */
    private static Instant instant(ConfigNode node, boolean endOfDay) {
        String text = node.text();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw node.problem("must be a date (2026-03-31) or an instant (2026-03-31T12:00:00Z)");
        }
    }

    private static InboundVerification readVerify(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(VERIFY_KEYS);
        boolean require = fields.optional("require").map(ConfigNode::bool).orElse(false);
        InboundVerification.Revocation revocation = fields.optional("revocation")
                .map(value -> lowerChoice(value, InboundVerification.Revocation.class))
                .orElse(InboundVerification.Revocation.NONE);
        InboundVerification.Unreachable unreachable = fields.optional("unreachable")
                .map(value -> lowerChoice(value, InboundVerification.Unreachable.class))
                .orElse(InboundVerification.Unreachable.FAIL);
        return new InboundVerification(require, revocation, unreachable);
    }

    private static <E extends Enum<E>> E lowerChoice(ConfigNode node, Class<E> type) {
        String text = node.text();
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().toLowerCase(Locale.ROOT).equals(text))
                .findFirst()
                .orElseThrow(() -> node.problem("unknown value " + text + "; expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }

    private PartyId readIdentifier(ConfigNode node, String partnerId) {
        ConfigNode.Mapping fields = node.mapping(IDENTIFIER_KEYS);
        IdScheme scheme = choice(fields.required("scheme"), IdScheme.class);
        ConfigNode valueNode = fields.required("value");
        String value = valueNode.text();
        scheme.problemWith(value).ifPresent(problem -> {
            throw valueNode.problem(problem);
        });
        PartyId partyId = new PartyId(scheme, value);
        String owner = owners.putIfAbsent(partyId, partnerId);
        if (owner != null) {
            throw valueNode.problem(partyId + " already identifies partner " + owner);
        }
        return partyId;
    }

    private void readAgreement(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(AGREEMENT_KEYS);
        ConfigNode idNode = fields.required("id");
        String id = id(idNode);
        if (agreements.containsKey(id)) {
            throw idNode.problem("agreement " + id + " is defined twice");
        }
        String sender = knownPartner(fields.required("sender"));
        String receiver = knownPartner(fields.required("receiver"));
        DocumentType document = choice(fields.required("document"), DocumentType.class);
        ConfigNode formatNode = fields.required("deliverAs");
        String deliverAs = formatNode.text();
        if (!Agreement.FORMATS.contains(deliverAs)) {
            throw formatNode.problem("unknown format " + deliverAs + "; expected one of " + sorted(Agreement.FORMATS));
        }
        String version = fields.optional("version").map(ConfigNode::text).orElse("");
        String message = fields.optional("message").map(n -> message(n, document, deliverAs)).orElse("");
        boolean sign = fields.optional("sign").map(ConfigNode::bool).orElse(true);
        Agreement.SignWith signWith = fields.optional("signWith").map(n -> named(n, Agreement.SignWith.values(),
                w -> w.name().toLowerCase(java.util.Locale.ROOT))).orElse(Agreement.SignWith.CMS);
        Delivery deliver = fields.optional("deliver").map(n -> readDelivery(n, receiver)).orElse(new Delivery(Delivery.DIRECTORY));
        Acknowledgement acknowledge = fields.optional("acknowledge").map(PartnerFileReader::readAcknowledgement)
                .orElse(Acknowledgement.DEFAULT);
        EnvelopeSettings envelope = fields.optional("envelope").map(n -> readEnvelope(n, sender, receiver))
                .orElse(EnvelopeSettings.AS_MAPPED);
        List<Agreement.Copy> copies = new ArrayList<>();
        for (ConfigNode copy : fields.optional("copies").map(ConfigNode::sequence).orElse(List.of())) {
            copies.add(readCopy(copy, receiver));
        }
        InboundVerification verify = fields.optional("verify").map(PartnerFileReader::readVerify)
                .orElse(InboundVerification.DEFAULT);

        // Two agreements for the same exchange would make the route depend on file order.
        String earlier = coverage.putIfAbsent(List.of(sender, receiver, document), id);
        if (earlier != null) {
            throw node.problem("agreement " + earlier + " already covers " + sender + " -> " + receiver + " " + document);
        }
        agreements.put(id, new Agreement(id, sender, receiver, document, deliverAs, version, sign, deliver, acknowledge, envelope, copies, verify, signWith, message));
    }

    /** An EDI message must be one that carries the document: a typo would otherwise only show as NO_MAPPING per document. */
    private static String message(ConfigNode node, DocumentType document, String deliverAs) {
        String message = node.text();
        List<String> carriers = switch (deliverAs) {
            case "edifact" -> document.edifactMessages();
            case "x12" -> document.x12Sets();
            default -> List.of();
        };
        if (!carriers.isEmpty() && !carriers.contains(message)) {
            throw node.problem("message " + message + " does not carry " + document + " in " + deliverAs
                    + "; expected one of " + String.join(", ", carriers));
        }
        return message;
    }

    private static Acknowledgement readAcknowledgement(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(ACKNOWLEDGE_KEYS);
        Acknowledgement.Send send = fields.optional("send").map(n -> named(n, Acknowledgement.Send.values(),
                Acknowledgement.Send::id)).orElse(Acknowledgement.Send.AUTO);
        boolean aperak = fields.optional("aperak").map(ConfigNode::bool).orElse(false);
        Optional<Duration> expect = fields.optional("expectWithin").map(PartnerFileReader::duration);
        Acknowledgement.DuplicateAnswer duplicates = fields.optional("duplicates").map(n -> named(n,
                Acknowledgement.DuplicateAnswer.values(), Acknowledgement.DuplicateAnswer::id))
                .orElse(Acknowledgement.DuplicateAnswer.REJECT);
        return new Acknowledgement(send, aperak, expect, duplicates);
    }

    private Agreement.Copy readCopy(ConfigNode node, String mainReceiver) {
        ConfigNode.Mapping fields = node.mapping(COPY_KEYS);
        ConfigNode receiverNode = fields.required("receiver");
        String receiver = knownPartner(receiverNode);
        if (receiver.equals(mainReceiver)) {
            throw receiverNode.problem(receiver + " is the agreement's receiver already");
        }
        ConfigNode formatNode = fields.required("deliverAs");
        if (!Agreement.FORMATS.contains(formatNode.text())) {
            throw formatNode.problem("unknown format " + formatNode.text() + "; expected one of " + sorted(Agreement.FORMATS));
        }
        String version = fields.optional("version").map(ConfigNode::text).orElse("");
        boolean sign = fields.optional("sign").map(ConfigNode::bool).orElse(true);
        Optional<Delivery> deliver = fields.optional("deliver").map(n -> readDelivery(n, receiver));
        return new Agreement.Copy(receiver, formatNode.text(), version, sign, deliver);
    }

    private EnvelopeSettings readEnvelope(ConfigNode node, String sender, String receiver) {
        ConfigNode.Mapping fields = node.mapping(ENVELOPE_KEYS);
        Optional<IdScheme> senderScheme = fields.optional("senderScheme").map(n -> schemeOf(n, sender));
        Optional<IdScheme> receiverScheme = fields.optional("receiverScheme").map(n -> schemeOf(n, receiver));
        Optional<Boolean> groups = fields.optional("groups").map(ConfigNode::bool);
        String applicationSender = fields.optional("applicationSender").map(ConfigNode::text).orElse("");
        String applicationReceiver = fields.optional("applicationReceiver").map(ConfigNode::text).orElse("");
        boolean test = fields.optional("test").map(ConfigNode::bool).orElse(false);
        return new EnvelopeSettings(senderScheme, receiverScheme, groups, applicationSender, applicationReceiver, test);
    }

    /** A scheme the partner has an identifier under, or the envelope could not name it. */
    private IdScheme schemeOf(ConfigNode node, String partnerId) {
        IdScheme scheme = choice(node, IdScheme.class);
        if (partners.get(partnerId).identifiers().stream().noneMatch(id -> id.scheme() == scheme)) {
            throw node.problem(partnerId + " has no " + scheme + " identifier to put in the envelope");
        }
        return scheme;
    }

    private static Duration duration(ConfigNode node) {
        try {
            Duration duration = Duration.parse(node.text());
            if (duration.isNegative() || duration.isZero()) {
                throw node.problem("must be a positive duration");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw node.problem("is not an ISO-8601 duration such as PT4H or P1D");
        }
    }

    private static <T> T named(ConfigNode node, T[] values, Function<T, String> name) {
        String text = node.text();
        return Arrays.stream(values).filter(v -> name.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> node.problem("unknown value " + text + "; expected one of "
                        + Arrays.stream(values).map(name).collect(Collectors.joining(", "))));
    }

    /**
     * The channel and, key by key, the receiver's settings for it with the agreement's own on top;
     * a network channel the receiver has no settings for cannot deliver anything.
     */
    private Delivery readDelivery(ConfigNode node, String receiver) {
        Set<String> keys = new java.util.HashSet<>(ChannelKeys.all());
        keys.addAll(Set.of("channel", "retry"));
        ConfigNode.Mapping fields = node.mapping(keys);
        ConfigNode channelNode = fields.required("channel");
        String channel = channelNode.text();
        if (!Delivery.CHANNELS.contains(channel)) {
            throw channelNode.problem("unknown channel " + channel + "; expected one of " + sorted(Delivery.CHANNELS));
        }
        Map<String, String> overrides = scalars(fields);
        overrides.remove("channel");
        Set<String> allowed = ChannelKeys.of(channel);
        for (String key : overrides.keySet()) {
            if (!allowed.contains(key)) {
                throw fields.required(key).problem("is not a setting of channel " + channel + "; expected one of "
                        + sorted(allowed));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>(partners.get(receiver).channel(channel));
        parameters.putAll(overrides);
        if (!Delivery.DIRECTORY.equals(channel) && parameters.isEmpty()) {
            throw channelNode.problem("partner " + receiver + " has no " + channel
                    + " settings: add them under its channels, or here");
        }
        Retry retry = fields.optional("retry").map(PartnerFileReader::readRetry).orElse(Retry.DEFAULT);
        return new Delivery(channel, parameters, retry);
    }

    private static Retry readRetry(ConfigNode node) {
        ConfigNode.Mapping fields = node.mapping(RETRY_KEYS);
        int attempts = fields.optional("attempts").map(n -> positive(n)).orElse(Retry.DEFAULT.attempts());
        Duration first = fields.optional("first").map(PartnerFileReader::duration).orElse(Retry.DEFAULT.first());
        Duration max = fields.optional("max").map(PartnerFileReader::duration).orElse(Retry.DEFAULT.max());
        if (max.compareTo(first) < 0) {
            throw node.problem("max must not be shorter than first");
        }
        double jitter = fields.optional("jitter").map(n -> share(n)).orElse(Retry.DEFAULT.jitter());
        return new Retry(attempts, first, max, jitter);
    }

    private static int positive(ConfigNode node) {
        try {
            int value = Integer.parseInt(node.text());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.problem("must be a whole number, at least 1");
    }

    private static double share(ConfigNode node) {
        try {
            double value = Double.parseDouble(node.text());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.problem("must be a number from 0 to 1");
    }

    /** A mapping of single values, as text; a nested block is an error at its line. */
    private static Map<String, String> scalars(ConfigNode.Mapping fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : fields.entries().entrySet()) {
            if (entry.getKey().equals("retry")) {
                continue;
            }
            values.put(entry.getKey(), entry.getValue().text());
        }
        return values;
    }

    private String knownPartner(ConfigNode node) {
        String id = node.text();
        if (!partners.containsKey(id)) {
            throw node.problem("no partner has the id " + id);
        }
        return id;
    }

    private static String id(ConfigNode node) {
        String id = node.text();
        if (!ID.matcher(id).matches()) {
            throw node.problem("ids are 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit");
        }
        return id;
    }

    private static <E extends Enum<E>> E choice(ConfigNode node, Class<E> type) {
        String text = node.text();
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> node.problem("unknown value " + text + "; expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
