package org.entrepot.gateway;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;

/** Configurations for gateways under test: a temporary data folder, any free port, short waits. */
public final class TestGateways {

    private TestGateways() {
    }

    /** Settings for a fast test gateway in the folder, to be adjusted by the test. */
    public static Map<String, String> settings(Path dataDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put(GatewaySetting.DATA_DIR.key(), dataDir.toString());
        settings.put(GatewaySetting.HTTP_PORT.key(), "0");
        settings.put(GatewaySetting.INBOX_QUIET_MS.key(), "200");
        settings.put(GatewaySetting.REDELIVERY_DELAY_MS.key(), "100");
        settings.put(GatewaySetting.MAX_DELIVERY_ATTEMPTS.key(), "3");
        return settings;
    }

    /** A fast test configuration in the folder. */
    public static GatewayConfig config(Path dataDir) {
        return GatewayConfig.of(settings(dataDir));
    }

    /** A fast test configuration in the folder with one setting changed. */
    public static GatewayConfig config(Path dataDir, GatewaySetting setting, String value) {
        Map<String, String> settings = settings(dataDir);
        settings.put(setting.key(), value);
        return GatewayConfig.of(settings);
    }
}
