/**
 * A test kit for listener authors, shipped in the main jar: {@link io.retort.events.testing.TestEvents}
 * builds events without a driver, {@link io.retort.events.testing.RecordingListener} and
 * {@link io.retort.events.testing.RecordingTransformer} record the callbacks they receive, in order,
 * into a {@link io.retort.events.testing.CallLog} that tests can assert on. It has no dependency on a
 * test framework (failed assertions throw {@link java.lang.AssertionError}).
 */
package io.retort.events.testing;
