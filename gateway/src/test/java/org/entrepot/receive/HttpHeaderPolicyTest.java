package org.entrepot.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpHeaderPolicyTest {

    private final HttpHeaderPolicy policy = new HttpHeaderPolicy();

    @Test
    void camelHeadersInAnyCaseAreDroppedOnTheWayIn() {
        for (String name : new String[] {"CamelFileName", "cAmElFiLeNaMe", "CAMELJMSDESTINATIONNAME", "camel",
                "org.apache.camel.foo", "ORG.APACHE.CAMEL.X"}) {
            assertTrue(policy.applyFilterToExternalHeaders(name, "x", null), name);
        }
        for (String name : new String[] {"Content-Type", "Authorization", "X-Camel", "Came", "cameo"}) {
            assertFalse(policy.applyFilterToExternalHeaders(name, "x", null), name);
        }
    }

    @Test
    void onlyTheGatewaysOwnAnswerHeadersGoOut() {
        assertFalse(policy.applyFilterToCamelHeaders("Content-Type", "application/json", null));
        assertFalse(policy.applyFilterToCamelHeaders("www-authenticate", "Bearer", null));
        assertTrue(policy.applyFilterToCamelHeaders("Authorization", "Bearer secret", null));
        assertTrue(policy.applyFilterToCamelHeaders("entrepotMessageId", "01J", null));
        assertTrue(policy.applyFilterToCamelHeaders("CamelHttpResponseCode", 202, null));
    }

    @Test
    void aBearerTokenIsReadFromTheAuthorizationHeader() {
        assertEquals(Optional.of("abc"), HttpGuard.bearerToken("Bearer abc"));
        assertEquals(Optional.of("abc"), HttpGuard.bearerToken("bearer   abc "));
        assertEquals(Optional.empty(), HttpGuard.bearerToken("Basic abc"));
        assertEquals(Optional.empty(), HttpGuard.bearerToken("Bearer "));
        assertEquals(Optional.empty(), HttpGuard.bearerToken(null));
    }
}
