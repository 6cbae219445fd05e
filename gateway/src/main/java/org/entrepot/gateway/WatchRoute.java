package org.entrepot.gateway;

import org.apache.camel.builder.RouteBuilder;

/**
 * Runs one of the gateway's periodic looks (overdue acknowledgements, expiring certificates) on a
 * timer; a failed look is handled like any route's failure and the next one runs on time.
 */
final class WatchRoute extends RouteBuilder {

    private final String routeId;
    private final Runnable look;
    private final long periodMillis;
    private final String errorHandling;

    WatchRoute(String routeId, Runnable look, long periodMillis, String errorHandling) {
        this.routeId = routeId;
        this.look = look;
        this.periodMillis = periodMillis;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from("timer:" + routeId + "?period=" + periodMillis + "&delay=" + Math.min(periodMillis, 5_000))
                .routeId(routeId)
                .routeConfigurationId(errorHandling)
                .process(exchange -> look.run());
    }
}
