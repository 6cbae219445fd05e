package org.entrepot.gateway;

import org.apache.camel.builder.RouteBuilder;
import org.entrepot.track.AcknowledgementWatch;

/** Looks for overdue acknowledgements on a timer; a failed look is handled like any route's failure. */
final class AcknowledgementWatchRoute extends RouteBuilder {

    static final String ROUTE_ID = "acknowledgement-watch";

    private final AcknowledgementWatch watch;
    private final int periodMillis;
    private final String errorHandling;

    AcknowledgementWatchRoute(AcknowledgementWatch watch, int periodMillis, String errorHandling) {
        this.watch = watch;
        this.periodMillis = periodMillis;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?period=" + periodMillis + "&delay=" + periodMillis)
                .routeId(ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(exchange -> watch.look());
    }
}
