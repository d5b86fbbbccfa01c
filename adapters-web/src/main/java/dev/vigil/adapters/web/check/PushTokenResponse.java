package dev.vigil.adapters.web.check;

import dev.vigil.domain.check.PushToken;

/** A new push token, shown this once, with the path a job calls. */
public record PushTokenResponse(String pushToken, String pushUrl) {

    public static PushTokenResponse of(PushToken token) {
        return new PushTokenResponse(token.reveal(), "/api/push/" + token.reveal());
    }
}
