package org.entrepot.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {

    @TempDir
    Path data;

    @Test
    void anIssuedTokenAuthenticatesItsPartnerAndNoOther() {
        ApiTokens tokens = ApiTokens.open(data.resolve("secrets"));
        String nordwind = tokens.issue("nordwind");
        String globex = tokens.issue("globex");

        assertEquals(Optional.of("nordwind"), tokens.authenticate(nordwind));
        assertEquals(Optional.of("globex"), tokens.authenticate(globex));
        assertEquals(Optional.empty(), tokens.authenticate(nordwind + "x"));
        assertEquals(Optional.empty(), tokens.authenticate(""));
        assertEquals(Optional.empty(), tokens.authenticate(null));
        assertEquals(Set.of("globex", "nordwind"), tokens.partners());
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        ApiTokens tokens = ApiTokens.open(data.resolve("secrets"));
        String first = tokens.issue("a");
        String second = tokens.issue("b");

        assertEquals(43, first.length()); // 256 bits in unpadded base64url
        assertTrue(first.matches("[A-Za-z0-9_-]+"), first);
        assertNotEquals(first, second);
    }

    @Test
    void onlyAHashIsStoredAndOnlyTheOwnerCanReadIt() throws Exception {
        Path secrets = data.resolve("secrets");
        ApiTokens tokens = ApiTokens.open(secrets);
        String token = tokens.issue("nordwind");

        String stored = Files.readString(tokens.file());
        assertFalse(stored.contains(token), stored);
        assertTrue(stored.matches("(?s).*\nnordwind=[0-9a-f]{64}\n"), stored);
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
    }

    @Test
    void aPartnerWithATokenGetsNoSecondOneUntilItIsRevoked() {
        ApiTokens tokens = ApiTokens.open(data.resolve("secrets"));
        String old = tokens.issue("nordwind");

        assertThrows(IllegalStateException.class, () -> tokens.issue("nordwind"));
        assertTrue(tokens.revoke("nordwind"));
        assertEquals(Optional.empty(), tokens.authenticate(old));
        String replacement = tokens.issue("nordwind");
        assertEquals(Optional.of("nordwind"), tokens.authenticate(replacement));
    }

    @Test
    void partnerIdsThatCouldBreakTheFileAreRefused() {
        ApiTokens tokens = ApiTokens.open(data.resolve("secrets"));

        for (String bad : new String[] {"", "a=b", "a\nb", "../x", "-lead", "x".repeat(65), "a b"}) {
            assertThrows(IllegalArgumentException.class, () -> tokens.issue(bad), bad);
        }
    }

    @Test
    void aTokenIssuedByAnotherProcessIsAcceptedWithoutRestart() {
        Path secrets = data.resolve("secrets");
        ApiTokens running = ApiTokens.open(secrets);
        assertEquals(Optional.empty(), running.authenticate("anything"));

        String token = ApiTokens.open(secrets).issue("nordwind"); // e.g. the command line

        assertEquals(Optional.of("nordwind"), running.authenticate(token));
    }

    @Test
    void aDamagedFileIsReportedWithItsEntry() throws Exception {
        Path secrets = data.resolve("secrets");
        Files.createDirectories(secrets);
        Files.writeString(secrets.resolve(ApiTokens.FILE_NAME), "nordwind=not-a-hash\n");

        IllegalStateException problem = assertThrows(IllegalStateException.class, () -> ApiTokens.open(secrets));

        assertTrue(problem.getMessage().contains("'nordwind'"), problem.getMessage());
    }

    @Test
    void aFileDamagedWhileRunningKeepsTheTokensReadBefore() throws Exception {
        ApiTokens tokens = ApiTokens.open(data.resolve("secrets"));
        String token = tokens.issue("nordwind");

        Files.writeString(tokens.file(), "half written=");

        assertEquals(Optional.of("nordwind"), tokens.authenticate(token));
    }
}
