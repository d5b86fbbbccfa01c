package dev.vigil.application.port.in.check;

import dev.vigil.application.port.in.EntityNotFound;

/** No push check has this token; the message never repeats the token or says whether it ever existed. */
public final class UnknownPushToken extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownPushToken() {
        super("unknown push token");
    }
}
