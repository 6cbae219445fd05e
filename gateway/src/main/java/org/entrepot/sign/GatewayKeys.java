package org.entrepot.sign;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's signing keys over time. A rotation adds a new key with the moment it takes over;
 * until then the old key signs, from then on the new one, so partners can install the new
 * certificate ahead of the switch. Which key signs is decided per signature from the clock.
 */
public final class GatewayKeys {

    /** A key and the moment from which it signs. */
    public record Scheduled(SigningKey key, Instant activeFrom) {
        public Scheduled {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(activeFrom, "activeFrom");
        }
    }

    // keystore files of rotated keys carry their activation moment: gateway-20270101T000000Z.p12
    private static final Pattern ROTATED = Pattern.compile("gateway-(\\d{8}T\\d{6}Z)\\.p12");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final List<Scheduled> keys;

    private GatewayKeys(List<Scheduled> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one gateway key is needed");
        }
        List<Scheduled> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(Scheduled::activeFrom));
        this.keys = List.copyOf(sorted);
    }

    public static GatewayKeys of(List<Scheduled> keys) {
        return new GatewayKeys(keys);
    }

    /** One key, active since its certificate's notBefore. */
    public static GatewayKeys single(SigningKey key) {
        return new GatewayKeys(List.of(new Scheduled(key, key.certificate().getNotBefore().toInstant())));
    }

    /** Every key, earliest activation first. */
    public List<Scheduled> scheduled() {
        return keys;
    }

    /**
     * The key that signs at {@code now}: the one activated last at or before {@code now} whose
     * certificate is valid then.
     *
     * @throws KeyMaterialException when no key is active and valid (all expired, or none active yet)
     */
    public SigningKey at(Instant now) {
        for (int i = keys.size() - 1; i >= 0; i--) {
            Scheduled candidate = keys.get(i);
            if (!candidate.activeFrom().isAfter(now) && validAt(candidate.key(), now)) {
                return candidate.key();
            }
        }
        throw new KeyMaterialException("no gateway signing key is active and valid at " + now + "; keys: " + describe());
    }

    private static boolean validAt(SigningKey key, Instant now) {
        return !now.isBefore(key.certificate().getNotBefore().toInstant())
                && !now.isAfter(key.certificate().getNotAfter().toInstant());
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        for (Scheduled scheduled : keys) {
            parts.add(SignerTrust.describe(scheduled.key().certificate()) + " from " + scheduled.activeFrom()
                    + " until " + scheduled.key().certificate().getNotAfter().toInstant());
        }
        return parts.toString();
    }

    /** The keystore file name of a gateway key that takes over at {@code activeFrom}. */
    static String fileName(Instant activeFrom) {
        return "gateway-" + STAMP.format(activeFrom) + ".p12";
    }

    /** The activation moment a rotated keystore's file name states, if it is one. */
    static Optional<Instant> activationOf(String fileName) {
        Matcher matcher = ROTATED.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(matcher.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
