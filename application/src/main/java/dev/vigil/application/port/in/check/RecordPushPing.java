package dev.vigil.application.port.in.check;

/** A job reports on its dependency through the push token it was given: a ping, or a failure with a message. */
public interface RecordPushPing {
    void ping(RecordPushPingCommand command);
}
