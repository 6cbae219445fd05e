package org.entrepot.deliver;

/**
 * Where a channel reports a receipt that arrives after the send (an asynchronous MDN, a bank's
 * status file, a customs answer), so it lands in the tracking story of the document it answers.
 */
public interface DeliveryReports {

    /**
     * The receiver confirmed a transmission that was {@link Transmission.Status#AWAITING_RECEIPT}.
     *
     * @param transmissionId {@link Outbound#transmissionId()} of what was sent
     * @param receipt        the detail line and evidence, as for a synchronous receipt
     */
    void delivered(String transmissionId, Transmission receipt);

    /**
     * The receiver's receipt says the transmission failed (negative MDN, MIC mismatch): the
     * document is tried again on the agreement's schedule, and dead-lettered after the last try.
     */
    void failed(String transmissionId, DeliveryFailure failure);
}
