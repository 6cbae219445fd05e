package org.entrepot.deliver.as2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner's AS2 settings are checked when the gateway starts, each problem named with its key. */
class As2SettingsTest {

    private final As2Channel channel = new As2Channel();

    @Test
    void theDefaultsAreSignedEncryptedSyncWithASignedMdnAndBoundedWaits() {
        As2Settings settings = As2Settings.read(Map.of("url", "https://as2.globex.example/as2", "as2Id", "GLOBEX"), true,
                new ArrayList<>()).orElseThrow();

        assertTrue(settings.sign());
        assertTrue(settings.signMdn());
        assertFalse(settings.asyncMdn());
        assertFalse(settings.compress());
        assertEquals(Encryption.AES256_CBC, settings.encrypt());
        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(60), settings.readTimeout());
    }

    @Test
    void everyBadValueIsNamedWithItsKey() {
        List<String> problems = channel.problems("globex", Map.of("url", "ftp://x", "as2Id", "bad\"id",
                "encrypt", "des", "compress", "yes", "mdn", "later", "readTimeout", "60s", "connectTimeout", "PT0S"));

        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("url 'ftp://x' is not an http or https address"), problems.get(0));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("as2Id 'bad\"id' is not an AS2 name")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("encrypt 'des' is not one of")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("compress 'yes' is not true or false")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mdn 'later' is not sync or async")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("readTimeout '60s' is not an ISO-8601 duration")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("connectTimeout 'PT0S' must be positive")));
    }

    @Test
    void sendingNeedsAnAddressAndAnAs2Name() {
        List<String> problems = channel.problems("globex", Map.of());

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("url is missing"));
        assertTrue(problems.get(1).startsWith("as2Id is missing"));
    }
}
