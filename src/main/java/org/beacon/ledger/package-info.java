/**
 * The delivery ledger: the one owner of the tables {@code delivery} (one row per alert, subscriber and channel),
 * {@code fanout_run} (per alert: when its fan-out started and completed, whether it was cancelled), {@code fanout_shard}
 * (per shard of an alert's fan-out: its range of subscribers and how far it got) and {@code provider_status}
 * (delivery reports that came before the worker's record). No other module reads or writes them; they go through
 * this module's API:
 * <ul>
 * <li>the fan-out writes rows and records its run and shards ({@link Deliveries}, {@link FanoutRuns},
 * {@link FanoutShards});</li>
 * <li>workers claim rows before a provider call and record the outcome ({@link DeliveryLedger});</li>
 * <li>rows a dead worker left SENDING are held, found at the provider or sent again ({@link InDoubtDeliveries},
 * whose {@link DeliveriesRequeued} asks the fan-out for their jobs again), or swept as outcome-unknown at the end
 * of their lease;</li>
 * <li>staff read progress ({@link DeliveryReports}, {@link DeliveryWatch}) and
 * cancel what is not yet sent ({@link DeliveryCancellation});</li>
 * <li>the check-ins' roster pages through everyone a check-in and its waves were sent to ({@link AlertRecipients});
 * trip briefings learn which alerts in force a traveller has already had ({@link ReceivedAlerts}).
 * </li>
 * </ul>
 * A row's status is a {@link DeliveryStatus}; the database refuses any other value.
 * <p>
 * The ledger may not send anything, publish jobs, resolve audiences or read alerts: it knows an alert only by its id.
 * It depends on {@code subscribers} only for the shape of a recipient and the event of a citizen leaving, and keeps
 * no transaction open beyond one statement or one page, so none is open during a provider call.
 */
package org.beacon.ledger;
